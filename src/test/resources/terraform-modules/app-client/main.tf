resource "aws_cognito_user_pool_client" "this" {
  name                          = var.name
  user_pool_id                  = var.user_pool_id
  callback_urls                 = var.callback_urls
  prevent_user_existence_errors = var.user_existence_errors
  enable_token_revocation       = var.token_revocation

  # The module's own settings: checked in this file, unknown at each call.
  explicit_auth_flows = ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]
  generate_secret     = true
}
