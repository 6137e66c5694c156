# CL402 in both list styles: one line, and one item a line with a trailing comma.

resource "aws_cognito_user_pool_client" "web" {
  name         = "web"
  user_pool_id = aws_cognito_user_pool.pool.id

  # the refresh flow is missing
  explicit_auth_flows           = ["ALLOW_USER_SRP_AUTH"]
  prevent_user_existence_errors = "ENABLED"
  enable_token_revocation       = true
  read_attributes               = ["email", "name"]
  write_attributes              = ["name"]
}

# Rotation turned off does not stand in for the refresh flow.
resource "aws_cognito_user_pool_client" "rotation_disabled" {
  name         = "rotationdisabled"
  user_pool_id = aws_cognito_user_pool.pool.id

  # the refresh flow is missing
  explicit_auth_flows = [
    "ALLOW_USER_SRP_AUTH",
    "ALLOW_CUSTOM_AUTH",
  ]
  prevent_user_existence_errors = "ENABLED"
  enable_token_revocation       = true
  read_attributes               = ["email", "name"]
  write_attributes              = ["name"]

  refresh_token_rotation {
    feature = "DISABLED"
  }
}
