# A configuration and its plan (plan.json, `terraform show -json`): TerraformPlanTest checks that
# the plan's findings are reported here, where the values are written.

variable "callback_host" {
  type    = string
  default = "http://app.example.com"
}

resource "aws_cognito_user_pool_client" "web" {
  name                          = "web"
  user_pool_id                  = "eu-west-1_EXAMPLE"
  callback_urls                 = ["https://app.example.com/callback", "${var.callback_host}/cb"]
  prevent_user_existence_errors = "LEGACY"
}

module "partner" {
  source = "./modules/client"
  name   = "partner"
}
