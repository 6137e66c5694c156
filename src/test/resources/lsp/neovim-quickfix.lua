-- Run by NeovimTest: nvim --headless --clean -c "luafile neovim-quickfix.lua". Starts the server,
-- waits for diagnostics on a bad template, applies the "Suppress CL201 here" quick fix with
-- vim.lsp.util.apply_workspace_edit, and checks the new text and the new diagnostics. Written for
-- Neovim 0.7 (Debian 12's): vim.lsp.start_client, as vim.lsp.start came in 0.8.
-- Exit code 0 when every step passed; otherwise 1, with the failed step in the result file.
local cmd = vim.fn.json_decode(os.getenv('COGNITO_LINT_CMD'))
local file = os.getenv('COGNITO_LINT_FILE')
local result_file = os.getenv('COGNITO_LINT_RESULT')
local log = {}

local function finish(code, message)
  table.insert(log, message)
  local out = io.open(result_file, 'w')
  out:write(table.concat(log, '\n') .. '\n')
  out:close()
  vim.cmd((code == 0 and 'qall!') or 'cquit! ' .. code)
end

local function step(name, ok, detail)
  if not ok then finish(1, 'FAILED: ' .. name .. (detail and (': ' .. detail) or '')) end
  table.insert(log, 'ok: ' .. name)
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'cognito-lint',
    cmd = cmd,
    root_dir = vim.fn.fnamemodify(file, ':h'),
  })
  step('server started', client_id ~= nil)
  vim.lsp.buf_attach_client(buf, client_id)

  local function codes()
    local found = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do found[d.code] = d end
    return found
  end

  step('diagnostics on the bad file', vim.wait(100000, function() return codes()['CL201'] ~= nil end, 20))
  local http = codes()['CL201']
  step('CL201 at its place', http.lnum == 10 and http.col == 10, http.lnum .. ':' .. http.col)

  local client = vim.lsp.get_client_by_id(client_id)
  local params = {
    textDocument = vim.lsp.util.make_text_document_params(buf),
    range = { start = { line = http.lnum, character = http.col }, ['end'] = { line = http.end_lnum, character = http.end_col } },
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, http.lnum) },
  }
  local response = client.request_sync('textDocument/codeAction', params, 10000, buf)
  step('code actions answered', response ~= nil and response.err == nil, vim.inspect(response))
  local action
  for _, a in ipairs(response.result or {}) do
    if a.title == 'Suppress CL201 here' then action = a end
  end
  step('the suppression is offered', action ~= nil and action.kind == 'quickfix', vim.inspect(response.result))

  vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
  local line = vim.api.nvim_buf_get_lines(buf, 10, 11, false)[1]
  step('the comment is inserted', line == '        # cognito-lint: disable=CL201 -- reason', line)

  step('new diagnostics without CL201', vim.wait(100000, function()
    local now = codes()
    return now['CL201'] == nil and now['CL606'] ~= nil
  end, 20), vim.inspect(vim.tbl_keys(codes())))

  vim.cmd('write')
  local saved = vim.fn.readfile(file)
  step('the file holds the new text', saved[11] == line, saved[11])
  client.stop()
  finish(0, 'passed')
end)
if not ok then finish(1, 'FAILED: ' .. tostring(err)) end
