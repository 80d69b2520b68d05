-- wrk script: POST /agents with a fresh agent name on every request. Run it with one thread
-- and one connection (-t1 -c1) so the writes are sequential and the names unique.
local counter = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
  counter = counter + 1
  return wrk.format(nil, "/agents", nil, string.format('{"name": "bench-%d", "ip": "any"}', counter))
end
