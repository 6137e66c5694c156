# Two app clients as Terraform keeps them: a clean web client and one with the mistakes
# cognito-lint finds before `terraform apply` does (or never does).

variable "domain" {
  type = string
}

resource "aws_cognito_user_pool" "pool" {
  name = "example"
}

resource "aws_cognito_user_pool_client" "web" {
  name         = "web"
  user_pool_id = aws_cognito_user_pool.pool.id

  allowed_oauth_flows_user_pool_client = true
  allowed_oauth_flows                  = ["code"]
  allowed_oauth_scopes                 = ["openid", "email"]
  supported_identity_providers         = ["COGNITO"]
  callback_urls                        = ["https://${var.domain}/auth/callback"]
  logout_urls                          = ["https://${var.domain}/"]

  explicit_auth_flows           = ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]
  prevent_user_existence_errors = "ENABLED"
  enable_token_revocation       = true
  read_attributes               = ["email", "email_verified", "name"]
  write_attributes              = ["email", "name"]

  access_token_validity  = 60
  id_token_validity      = 60
  refresh_token_validity = 30
  token_validity_units {
    access_token  = "minutes"
    id_token      = "minutes"
    refresh_token = "days"
  }
}

resource "aws_cognito_user_pool_client" "legacy" {
  name         = "legacy"
  user_pool_id = aws_cognito_user_pool.pool.id

  allowed_oauth_flows_user_pool_client = true
  allowed_oauth_flows                  = ["code", "implicit"]
  allowed_oauth_scopes                 = ["email", "admin"]
  supported_identity_providers         = ["cognito"]
  callback_urls = [
    "http://${var.domain}/auth/callback",
    "https://app.example.com/auth/callback#done",
  ]
  default_redirect_uri = "https://app.example.com/home"

  explicit_auth_flows     = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH"]
  enable_token_revocation = false
  write_attributes        = ["email", "custom:role"]

  refresh_token_validity = 3650
}
