resource "aws_cognito_user_pool_client" "web" {
  name         = "web"
  user_pool_id = aws_cognito_user_pool.pool.id

  prevent_user_existence_errors = "ENABLED"
  write_attributes              = ["name"]
  allowed_oauth_flows           = ["code"]
  allowed_oauth_scopes          = ["openid"]
  callback_urls                 = ["https://app.example.com/callback"]
  supported_identity_providers  = ["COGNITO"]
}

resource "aws_cognito_user_pool_client" "mobile" {
  name                                 = "mobile"
  user_pool_id                         = aws_cognito_user_pool.pool.id
  prevent_user_existence_errors        = "ENABLED"
  write_attributes                     = ["name"]
  allowed_oauth_flows_user_pool_client = false
  allowed_oauth_flows                  = ["code"]
  allowed_oauth_scopes                 = ["openid"]
  callback_urls                        = ["myapp://callback"]
  supported_identity_providers         = ["COGNITO"]
}
