resource "aws_cognito_user_pool_client" "web" {
  name                          = "web"
  user_pool_id                  = aws_cognito_user_pool.pool.id
  supported_identity_providers  = ["COGNITO", "MyCorporateSaml"]
  prevent_user_existence_errors = "ENABLED"
  read_attributes               = ["email", "name"]
  write_attributes              = ["name"]
}
