-- wrk script for `make bench-serve`: each connection sends the query mix in turn
-- (POST, Content-Type application/sparql-query), counts answers other than 200,
-- and at the end prints one JSON line with requests/s and latency percentiles.
--
-- bench_serve.py writes the mix as a Lua file that sets `queries` (a list of
-- {body=..., accept=...}) and `path`, and passes its name in the environment
-- variable BENCH_MIX.

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  dofile(os.getenv("BENCH_MIX"))
  requests = {}
  for i, q in ipairs(queries) do
    requests[i] = wrk.format("POST", path, {
      ["Content-Type"] = "application/sparql-query",
      ["Accept"] = q.accept,
    }, q.body)
  end
  -- Threads start at different places in the mix.
  next_index = (id - 1) % #requests
  not_ok = 0
  answered = 0
end

function request()
  next_index = next_index % #requests + 1
  return requests[next_index]
end

function response(status, headers, body)
  answered = answered + 1
  if status ~= 200 then not_ok = not_ok + 1 end
end

function done(summary, latency, requests)
  local bad, total = 0, 0
  for _, t in ipairs(threads) do
    bad = bad + (t:get("not_ok") or 0)
    total = total + (t:get("answered") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "seconds": %.6f, "p50_us": %d, "p90_us": %d, "p99_us": %d, "max_us": %d, ' ..
    '"answered": %d, "not_200": %d, "connect_errors": %d, "read_errors": %d, "write_errors": %d, "timeouts": %d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, total, bad, e.connect, e.read, e.write, e.timeout))
end
