module "pool" {
  source = "lgallard/cognito-user-pool/aws"
  user_pool_name = "pool"
  clients = [
    {
      name                                 = "web"
      allowed_oauth_flows                  = ["code"]
      allowed_oauth_flows_user_pool_client = true
      allowed_oauth_scopes                 = ["openid"]
      callback_urls                        = ["http://web.example.com/cb"]
      client_prevent_user_existence_errors = "ENABLED"
      write_attributes                     = ["email"]
      ui_customization_css                 = file("x.css")
      refresh_token_rotation = {
        type                       = "rotate"
        retry_grace_period_seconds = 300
      }
    },
  ]
}
module "flat" {
  source      = "lgallard/cognito-user-pool/aws"
  client_name = "flat"
  client_callback_urls = ["https://ok.example.com/cb#x"]
  client_allowed_oauth_flows = ["code"]
  client_allowed_oauth_flows_user_pool_client = true
  client_allowed_oauth_scopes = ["openid"]
  client_prevent_user_existence_errors = "ENABLED"
  client_write_attributes = []
}
