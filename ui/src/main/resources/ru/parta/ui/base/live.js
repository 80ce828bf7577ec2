// Parta's live connection, one per browser tab (ru.parta.live on the server). Screens follow
// topics through it; every frame of a topic carries a number, and after a reconnect the tab asks
// for what came after the last number it saw, so nothing is missed and nothing arrives twice.
// Several screens of one tab may follow the same topic (the page frame and the chat list both
// follow the person's own): the server sees one follow, and each screen skips what it has seen.
(function () {
  if (window.partaLive) {
    return;
  }
  const subs = new Map();   // topic -> {epoch, seq, listeners: [{epoch, seq, catchingUp, options}]}
  let socket = null;
  let open = false;
  let retry = 0;
  let signedOut = false;
  let pinger = null;
  let ticket = '';
  let tab = '';
  const answers = new Map();  // a command's key -> what to do with its answer

  function address() {
    const url = new URL('live', document.baseURI);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    // The ticket, unlike the HTTP session, survives a server restart: the tab resumes without a new sign-in.
    url.searchParams.set('ticket', ticket);
    return url.toString();
  }

  function request(sub, topic) {
    const withCursor = sub.listeners.find((l) => l.options.cursor);
    return JSON.stringify({ op: 'follow', topic: topic, epoch: sub.epoch, seq: sub.seq,
      cursor: withCursor ? withCursor.options.cursor() : 0,
      reading: sub.listeners.some((l) => l.options.reading) });
  }

  function send(sub, topic) {
    if (open) {
      socket.send(request(sub, topic));
    } else {
      connect();
    }
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
      unanswered();
      if (event.code === 4001) {
        // The session ended (signed out elsewhere, by an administrator): the page frame takes over.
        signedOut = true;
        window.dispatchEvent(new CustomEvent('parta-signed-out'));
        return;
      }
      if (subs.size > 0) {
        // Back off (1, 2, 4 … 15 s, a little random) so a restarted server is not met by every tab at once.
        const wait = Math.min(15000, 1000 * Math.pow(2, retry++)) * (0.75 + Math.random() * 0.5);
        setTimeout(connect, wait);
      }
    };
  }

  /** Asks the Vaadin side of this tab for what changed on the server (there is no Vaadin push). */
  function synchronize() {
    const clients = (window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {};
    Object.values(clients).forEach((client) => client.poll && client.poll());
  }

  /** Commands whose answers will not come (the connection went, or the server refused to read them). */
  function unanswered() {
    const waiting = Array.from(answers.values());
    answers.clear();
    waiting.forEach((onAnswer) => onAnswer({ lost: true }));
  }

  function received(frame) {
    if (frame.k === 'answer') {
      const onAnswer = answers.get(frame.key);
      answers.delete(frame.key);
      if (onAnswer) {
        onAnswer(frame.d);
      }
      return;
    }
    if (frame.k === 'limited' || frame.k === 'unknown') {
      unanswered();
      return;
    }
    const sub = frame.t && subs.get(frame.t);
    if (!sub) {
      return;
    }
    if (frame.k === 'followed' || frame.k === 'reset') {
      // "followed": the frames after the asked-for number come next; "reset": the feature's catch-up does.
      sub.epoch = frame.e;
      sub.seq = frame.k === 'reset' ? frame.s : sub.seq;
    } else if (frame.k === 'refused' || frame.k === 'ended') {
      subs.delete(frame.t);
    } else if (frame.s > sub.seq) {
      sub.seq = frame.s;
    }
    sub.listeners.slice().forEach((listener) => deliver(frame, sub, listener));
  }

  function deliver(frame, sub, listener) {
    if (listener.options.alive && !listener.options.alive()) {
      window.partaLive.leave(frame.t, listener.options);
      return;
    }
    if (frame.k === 'followed' || frame.k === 'reset') {
      if (frame.k === 'reset' || listener.epoch !== frame.e) {
        listener.epoch = frame.e;
        listener.seq = frame.s;
        listener.catchingUp = true;
        listener.options.onFrame({ t: frame.t, k: 'reset', e: frame.e, s: frame.s });
      } else {
        listener.options.onFrame(frame);
      }
      return;
    }
    if (frame.k === 'refused' || frame.k === 'ended') {
      listener.options.onFrame(frame);
      return;
    }
    // A frame numbered at or before the last seen came already: only a catch-up shares its number.
    if (frame.s > listener.seq) {
      listener.seq = frame.s;
      listener.catchingUp = false;
    } else if (!(listener.catchingUp && frame.s === listener.seq)) {
      return;
    }
    listener.options.onFrame(frame);
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
      const listener = { epoch: epoch, seq: seq, catchingUp: false, options: options };
      const sub = subs.get(topic);
      if (!sub) {
        subs.set(topic, { epoch: epoch, seq: seq, listeners: [listener] });
        send(subs.get(topic), topic);
        return;
      }
      const wasReading = sub.listeners.some((l) => l.options.reading);
      sub.listeners.push(listener);
      if (epoch !== sub.epoch) {
        // Positions of different lines cannot be compared: all listeners start again from a reset.
        sub.epoch = null;
        sub.seq = -1;
        send(sub, topic);
      } else if (seq < sub.seq) {
        // The newcomer needs frames the tab has passed: ask again from its number; the others skip them.
        sub.seq = seq;
        send(sub, topic);
      } else if (options.reading && !wasReading) {
        send(sub, topic);  // the server marks messages read only for a tab that shows the chat
      }
    },

    /**
     * Sends a feature's command (a chat's "post") if the connection is open and the browser online;
     * false otherwise, and the screen takes its other way. {@code onAnswer} gets the server's answer,
     * or {lost: true} if it cannot come (the screen then repeats the command its other way).
     */
    request(op, topic, key, text, onAnswer) {
      if (!open || navigator.onLine === false) {
        return false;
      }
      answers.set(key, onAnswer);
      socket.send(JSON.stringify({ op: op, topic: topic, key: key, text: text }));
      return true;
    },

    /** Stops one screen's following (its options), or every screen's when none are named. */
    leave(topic, options) {
      const sub = subs.get(topic);
      if (!sub) {
        return;
      }
      sub.listeners = options ? sub.listeners.filter((l) => l.options !== options) : [];
      if (sub.listeners.length === 0) {
        subs.delete(topic);
        if (open) {
          socket.send(JSON.stringify({ op: 'leave', topic: topic }));
        }
      }
    },

    /**
     * The page frame's part: this tab's name, and the person's own topic on which the server says
     * "tab such-and-such, come and fetch your screen's changes" (in place of Vaadin push).
     */
    frame(tabName, topic, epoch, seq) {
      if (tab === tabName) {
        return;
      }
      tab = tabName;
      window.partaLive.follow(topic, epoch, seq, {
        onFrame: (frame) => {
          if (frame.k === 'sync' && frame.d.tab === tab) {
            synchronize();
          }
        }
      });
    }
  };
})();
