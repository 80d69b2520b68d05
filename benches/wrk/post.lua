-- wrk script: every request is a POST (the headers come from wrk's -H flags).
wrk.method = "POST"
