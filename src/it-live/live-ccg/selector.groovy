return evaluate(new File(liveItDirectory, 'credentials.groovy')).present('live-ccg', ['BOX_LIVE_CLIENT_ID', 'BOX_LIVE_CLIENT_SECRET', 'BOX_LIVE_ENTERPRISE_ID'], liveRequired)
