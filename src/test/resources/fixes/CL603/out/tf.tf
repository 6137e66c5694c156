resource "aws_cognito_user_pool_client" "web" {
  prevent_user_existence_errors = "ENABLED"

  name         = "web"
  user_pool_id = aws_cognito_user_pool.pool.id

  read_attributes  = ["email", "name"]
  write_attributes = ["name"]
}
