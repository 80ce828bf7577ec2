// Parta's live connection, one per browser tab (ru.parta.live on the server). Screens follow
// topics through it; every frame of a topic carries a number, and after a reconnect the tab asks
// for what came after the last number it saw, so nothing is missed and nothing arrives twice.
(function () {
  if (window.partaLive) {
    return;
  }
  const subs = new Map();   // topic -> {epoch, seq, catchingUp, options}
  let socket = null;
  let open = false;
  let retry = 0;
  let signedOut = false;
  let pinger = null;
  let ticket = '';

  function address() {
    const url = new URL('live', document.baseURI);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    // The ticket, unlike the HTTP session, survives a server restart: the tab resumes without a new sign-in.
    url.searchParams.set('ticket', ticket);
    return url.toString();
  }

  function request(sub, topic) {
    const cursor = sub.options.cursor ? sub.options.cursor() : 0;
    return JSON.stringify({ op: 'follow', topic: topic, epoch: sub.epoch, seq: sub.seq, cursor: cursor,
      reading: !!sub.options.reading });
  }

  function connect() {
    if (socket || signedOut) {
      return;
    }
    socket = new WebSocket(address());
    socket.onopen = () => {
      open = true;
      retry = 0;
      subs.forEach((sub, topic) => socket.send(request(sub, topic)));
      pinger = setInterval(() => socket && open && socket.send('{"op":"ping"}'), 25000);
    };
    socket.onmessage = (event) => received(JSON.parse(event.data));
    socket.onclose = (event) => {
      socket = null;
      open = false;
      clearInterval(pinger);
      if (event.code === 4001) {
        // The session ended: the page's own sign-in takes over; nothing to follow any more.
        signedOut = true;
        return;
      }
      if (subs.size > 0) {
        // Back off (1, 2, 4 … 15 s, a little random) so a restarted server is not met by every tab at once.
        const wait = Math.min(15000, 1000 * Math.pow(2, retry++)) * (0.75 + Math.random() * 0.5);
        setTimeout(connect, wait);
      }
    };
  }

  function received(frame) {
    const sub = frame.t && subs.get(frame.t);
    if (!sub) {
      return;
    }
    if (sub.options.alive && !sub.options.alive()) {
      window.partaLive.leave(frame.t);
      return;
    }
    if (frame.k === 'followed' || frame.k === 'reset') {
      sub.epoch = frame.e;
      sub.seq = frame.s;
      sub.catchingUp = frame.k === 'reset';
      sub.options.onFrame(frame);
      return;
    }
    if (frame.k === 'refused' || frame.k === 'ended') {
      subs.delete(frame.t);
      sub.options.onFrame(frame);
      return;
    }
    // A frame numbered at or before the last seen came already: only a catch-up shares its number.
    if (frame.s > sub.seq) {
      sub.seq = frame.s;
      sub.catchingUp = false;
    } else if (!(sub.catchingUp && frame.s === sub.seq)) {
      return;
    }
    sub.options.onFrame(frame);
  }

  window.partaLive = {
    /** The page's ticket for the live connection (it names the signed-in session). */
    use(given) {
      ticket = given;
    },

    /**
     * Follows a topic from a position the server gave the page (epoch, seq); options: onFrame(frame),
     * cursor() (the screen's own position for a catch-up), reading (an open chat), alive() (false
     * once the screen has gone).
     */
    follow(topic, epoch, seq, options) {
      const sub = { epoch: epoch, seq: seq, catchingUp: false, options: options };
      subs.set(topic, sub);
      if (open) {
        socket.send(request(sub, topic));
      } else {
        connect();
      }
    },

    leave(topic) {
      if (subs.delete(topic) && open) {
        socket.send(JSON.stringify({ op: 'leave', topic: topic }));
      }
    }
  };
})();
