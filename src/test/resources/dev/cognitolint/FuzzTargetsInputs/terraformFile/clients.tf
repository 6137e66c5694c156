variable "domain" {
  type = string
}

locals {
  urls = ["https://a.example.com/cb"]
}

# A client with problems
resource "aws_cognito_user_pool_client" "web" {
  name         = "web"
  user_pool_id = aws_cognito_user_pool.pool.id

  allowed_oauth_flows_user_pool_client = true
  allowed_oauth_flows                  = ["code", "implicit"]
  allowed_oauth_scopes                 = ["openid", "email"]
  callback_urls = [
    "http://app.example.com/cb", // comment
    "https://${var.domain}/cb#frag",
    "http://${var.domain}/cb",
  ]
  explicit_auth_flows = ["ALLOW_USER_SRP_AUTH"]
  client_secret = "x"
  callback_url = "x"
  refresh_token_validity = 5000

  token_validity_units {
    access_token  = "hours"
    refresh_token = "days"
  }
  refresh_token_rotation {
    feature = "ENABLED"
    retry_grace_period_seconds = 90
  }
}

resource aws_cognito_user_pool_client unknowns {
  name                = var.name
  user_pool_id        = var.pool
  callback_urls       = local.urls
  allowed_oauth_flows = var.enabled ? ["code"] : []
  explicit_auth_flows = [for f in var.flows : upper(f)]
  logout_urls         = concat(local.urls, ["https://x.example.com"])
  supported_identity_providers = ["COGNITO", var.idp]
  prevent_user_existence_errors = "ENABLED"
  write_attributes = ["email"]
  dynamic "token_validity_units" {
    for_each = var.units
    content {
      access_token = token_validity_units.value
    }
  }
  description = <<-EOT
    hello ${var.x}
    EOT
}
