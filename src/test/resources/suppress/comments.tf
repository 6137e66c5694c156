# Each HCL comment form: '#' and '//' trailing or on their own line, '/* */' before code on its
# line, and a '/* */' over several lines of its own.
resource "aws_cognito_user_pool_client" "web" {
  name         = "web"
  user_pool_id = "us-east-1_EXAMPLE1"

  allowed_oauth_flows_user_pool_client = true
  allowed_oauth_flows                  = ["code"]
  allowed_oauth_scopes                 = ["openid"]
  supported_identity_providers         = ["COGNITO"]
  callback_urls = [
    "http://a.example.com/cb", # cognito-lint: disable=CL201 -- trailing '#'
    "http://b.example.com/cb", // cognito-lint: disable=CL201 -- trailing '//'
    "http://c.example.com/cb",
    // cognito-lint: disable=CL201 -- own line '//'
    "http://d.example.com/cb",
    /* cognito-lint: disable=CL201 -- a block comment with code after it */ "http://e.example.com/cb",
    /*
     * cognito-lint: disable=CL201 -- a block comment over lines
     * of its own covers the line after it ends
     */
    "http://f.example.com/cb",
    "http://g.example.com/cb", /* cognito-lint: disable-next-line=CL201 -- explicit */
    "http://h.example.com/cb",
  ]
  explicit_auth_flows           = ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]
  prevent_user_existence_errors = "ENABLED"
  enable_token_revocation       = true
  read_attributes               = ["email"]
  write_attributes              = ["name"]
}
