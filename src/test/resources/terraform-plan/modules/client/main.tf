variable "name" {
  type = string
}

resource "aws_cognito_user_pool_client" "this" {
  count        = 1
  name         = var.name
  user_pool_id = "eu-west-1_EXAMPLE"
}
