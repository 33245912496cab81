return evaluate(new File(liveItDirectory, 'credentials.groovy')).present('live-developer-token', ['BOX_LIVE_DEVELOPER_TOKEN'], liveRequired)
