resource "aws_cognito_user_pool_client" "web" {
  name         = "web"
  user_pool_id = aws_cognito_user_pool.pool.id

  read_attributes  = ["email", "name"]
  write_attributes = ["name"]
}
