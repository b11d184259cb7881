-- Headless Neovim (0.7+) check of Sourced's language server over stdio.
--   nvim --headless --clean -c 'luafile test/nvim/check.lua' ARTICLE
-- Neovim 0.7 cannot pull diagnostics, so this relies on the server publishing them.
-- Settings come from the environment (test/nvim/run.mjs sets them):
--   SOURCED_NVIM_SERVER   the server script (default dist/server.js)
--   SOURCED_NVIM_RESULTS  file to write one line per check to: "PASS\tname" or "FAIL\tname\tdetail"
--   SOURCED_NVIM_RULES    comma-separated rule ids that must be among the diagnostics
--   SOURCED_NVIM_HOVER    word to hover on (first occurrence)
--   SOURCED_NVIM_EXPECT   text the hover must contain
--   SOURCED_NVIM_FIX      "wrong=>right": replace the first `wrong` and expect SOURCED_NVIM_FIXED_RULE to go
--   SOURCED_NVIM_FIXED_RULE
--   SOURCED_NVIM_WAIT_MS  how long to wait for diagnostics (default 15000)

local function env(name, default)
  local v = os.getenv(name)
  if v == nil or v == '' then return default end
  return v
end

local server = env('SOURCED_NVIM_SERVER', 'dist/server.js')
local results_path = env('SOURCED_NVIM_RESULTS', nil)
local wait_ms = tonumber(env('SOURCED_NVIM_WAIT_MS', '15000'))
local expected_rules = vim.split(env('SOURCED_NVIM_RULES', 'weekday-date,inconsistent-name'), ',', { trimempty = true })
local hover_word = env('SOURCED_NVIM_HOVER', 'Shoigu')
local hover_expect = env('SOURCED_NVIM_EXPECT', 'Sergei Shoigu')

local lines_out = {}
local function record(name, ok, detail)
  local line = (ok and 'PASS' or 'FAIL') .. '\t' .. name
  if not ok and detail then line = line .. '\t' .. tostring(detail):gsub('[\r\n\t]+', ' ') end
  table.insert(lines_out, line)
end

local function finish()
  local text = table.concat(lines_out, '\n') .. '\n'
  if results_path then
    local f = io.open(results_path, 'w')
    if f then f:write(text); f:close() end
  else
    io.stdout:write(text)
  end
  vim.cmd('qall!')
end

local function rule_of(d)
  local code = d.code
  if code == nil and d.user_data and d.user_data.lsp then code = d.user_data.lsp.code end
  if type(code) == 'table' then code = code.value end
  if code == nil then return nil end
  return tostring(code)
end

local function sourced_diagnostics(bufnr)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.source == 'sourced' then table.insert(out, d) end
  end
  return out
end

local function rules_present(bufnr)
  local set = {}
  for _, d in ipairs(sourced_diagnostics(bufnr)) do
    local r = rule_of(d)
    if r then set[r] = true end
  end
  return set
end

local function hover_text(result)
  if not result or not result.contents then return '' end
  local c = result.contents
  local parts = {}
  local function add(item)
    if type(item) == 'string' then table.insert(parts, item)
    elseif type(item) == 'table' and item.value then table.insert(parts, item.value) end
  end
  if type(c) == 'table' and c.value == nil and c.kind == nil then
    for _, item in ipairs(c) do add(item) end
  else
    add(c)
  end
  return table.concat(parts, '\n')
end

-- Position (LSP, UTF-16) of the first whole-word occurrence of `word` in the buffer.
local function find_word(bufnr, word)
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  for i, line in ipairs(lines) do
    local init = 1
    while true do
      local s, e = line:find(word, init, true)
      if not s then break end
      local before = s > 1 and line:sub(s - 1, s - 1) or ''
      local after = line:sub(e + 1, e + 1)
      if not before:match('[%w]') and not after:match('[%w]') then
        local mid = s - 1 + math.floor(#word / 2)            -- byte offset inside the word
        local _, utf16 = vim.str_utfindex(line, mid)
        return { line = i - 1, character = utf16 }, { row = i - 1, col = s - 1, len = #word }
      end
      init = e + 1
    end
  end
  return nil
end

local function main()
  local bufnr = vim.api.nvim_get_current_buf()
  local path = vim.api.nvim_buf_get_name(bufnr)
  if path == '' or vim.api.nvim_buf_line_count(bufnr) < 2 then
    record('article is loaded', false, 'no article given or it is empty: ' .. path)
    return
  end
  vim.bo[bufnr].filetype = 'news'

  local exited = false
  local stderr = {}
  local client_id = vim.lsp.start_client({
    name = 'sourced',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(path, ':p:h'),
    on_exit = function(code, signal) exited = { code = code, signal = signal } end,
    handlers = {
      ['window/logMessage'] = function(_, params) table.insert(stderr, params and params.message or '') end,
    },
  })
  record('server starts', client_id ~= nil, 'vim.lsp.start_client returned nil')
  if not client_id then return end
  local attached = vim.lsp.buf_attach_client(bufnr, client_id)
  record('client attaches to the buffer', attached, 'buf_attach_client returned false')

  local initialized = vim.wait(wait_ms, function()
    local c = vim.lsp.get_client_by_id(client_id)
    return exited or (c ~= nil and c.initialized == true) or (c ~= nil and c.server_capabilities ~= nil and next(c.server_capabilities) ~= nil)
  end, 50)
  if exited then
    record('server initializes', false, 'server exited: ' .. vim.inspect(exited))
    return
  end
  record('server initializes', initialized, 'no initialize response within ' .. wait_ms .. ' ms')

  -- Published diagnostics.
  local got = vim.wait(wait_ms, function() return #sourced_diagnostics(bufnr) > 0 end, 50)
  record('publishes diagnostics from source "sourced"', got,
    'none within ' .. wait_ms .. ' ms; all diagnostics: ' .. #vim.diagnostic.get(bufnr))
  if got then
    local all_there = vim.wait(wait_ms, function()
      local set = rules_present(bufnr)
      for _, r in ipairs(expected_rules) do if not set[r] then return false end end
      return true
    end, 50)
    local set = rules_present(bufnr)
    local have = vim.tbl_keys(set)
    table.sort(have)
    local missing = {}
    for _, r in ipairs(expected_rules) do if not set[r] then table.insert(missing, r) end end
    record('diagnostics include ' .. table.concat(expected_rules, ', '), all_there,
      'missing ' .. table.concat(missing, ', ') .. '; have ' .. table.concat(have, ', '))
  end

  -- Hover.
  local pos = find_word(bufnr, hover_word)
  if not pos then
    record('hover on "' .. hover_word .. '"', false, 'word not found in the article')
  else
    local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = pos }
    local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 5000)
    local text = ''
    if responses then
      for _, resp in pairs(responses) do
        if resp.result then text = text .. hover_text(resp.result) end
        if resp.err then err = vim.inspect(resp.err) end
      end
    end
    record('hover on "' .. hover_word .. '" returns text', #text > 0, err or 'empty hover')
    if #text > 0 then
      record('hover names ' .. hover_expect, text:find(hover_expect, 1, true) ~= nil, 'hover was: ' .. text)
    end
  end

  -- An edit sent as an incremental change; the finding it fixes must go away.
  local fix = env('SOURCED_NVIM_FIX', nil)
  local fixed_rule = env('SOURCED_NVIM_FIXED_RULE', nil)
  if fix and fixed_rule then
    local wrong, right = fix:match('^(.-)=>(.*)$')
    local _, at = find_word(bufnr, wrong or '')
    if not at then
      record('editing "' .. tostring(wrong) .. '" clears ' .. fixed_rule, false, 'word not found')
    else
      vim.api.nvim_buf_set_text(bufnr, at.row, at.col, at.row, at.col + at.len, { right })
      local gone = vim.wait(wait_ms, function() return not rules_present(bufnr)[fixed_rule] end, 50)
      record('editing "' .. wrong .. '" to "' .. right .. '" clears ' .. fixed_rule, gone,
        fixed_rule .. ' still reported after the edit')
      local others = vim.wait(2000, function() return #sourced_diagnostics(bufnr) > 0 end, 50)
      record('other diagnostics remain after the edit', others, 'all diagnostics vanished')
    end
  end

  -- Orderly shutdown.
  vim.lsp.stop_client(client_id)
  local stopped = vim.wait(5000, function() return exited ~= false end, 50)
  record('server shuts down on request', stopped and exited and exited.code == 0,
    'exit: ' .. vim.inspect(exited))
end

local ok, err = pcall(main)
if not ok then record('check script', false, err) end
finish()
