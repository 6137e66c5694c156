# Directives inside strings and heredocs are text, not comments: none of them suppresses anything.
locals {
  note = <<EOF
# cognito-lint: disable-file=CL201 -- inside a heredoc
EOF
  indented = <<-EOT
    // cognito-lint: disable-file=CL201 -- inside an indented heredoc
    EOT
}

resource "aws_cognito_user_pool_client" "web" {
  name         = "web"
  user_pool_id = "us-east-1_EXAMPLE1"

  allowed_oauth_flows_user_pool_client = true
  allowed_oauth_flows                  = ["code"]
  allowed_oauth_scopes                 = ["openid"]
  supported_identity_providers         = ["COGNITO"]
  callback_urls = [
    "http://evil.example.com/cb#cognito-lint:disable=CL201,CL202--ok",
    "http://a.example.com/cb", "# cognito-lint: disable=CL201 -- a string after the finding",
    "http://b.example.com/cb${"# cognito-lint: disable=CL201 -- a string in an interpolation"}",
  ]
  explicit_auth_flows           = ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]
  prevent_user_existence_errors = "ENABLED"
  enable_token_revocation       = true
  read_attributes               = ["email"]
  write_attributes              = ["name"]
}
