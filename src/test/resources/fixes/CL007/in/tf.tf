resource "aws_cognito_user_pool_client" "web" {
  name                          = "web"
  user_pool_id                  = aws_cognito_user_pool.pool.id
  prevent_user_existence_errors = "ENABLED" // cognito-lint: disable=CL603 -- legacy app
  read_attributes               = ["email", "name"]
  write_attributes              = ["name"]
}
