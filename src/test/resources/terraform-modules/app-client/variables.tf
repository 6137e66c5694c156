# A local module that defines one app client: the fixtures that call it (fixtures/CL603,
# fixtures/CL604) check what its variables' defaults give each call.

variable "user_pool_id" {
  type = string
}

variable "name" {
  type = string
}

variable "callback_urls" {
  type    = list(string)
  default = ["https://app.example.com/callback"]
}

variable "user_existence_errors" {
  type    = string
  default = null
}

variable "token_revocation" {
  type    = bool
  default = false
}
