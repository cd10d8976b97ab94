-- wrk: the editor's live check of one agreement, as the page sends it (the body, the session
-- cookie and its CSRF token come from web_load.py through the environment).
local file = io.open(os.getenv("AFTALE_BODY"), "rb")
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-CSRF-Token"] = os.getenv("AFTALE_TOKEN")
wrk.headers["Cookie"] = os.getenv("AFTALE_COOKIE")
