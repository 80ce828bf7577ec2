// A classroom display (ru.parta.broadcast on the server). Unpaired, it shows a pairing code until an
// administrator enters it. Paired, it follows three topics on one WebSocket: its own (which
// broadcast to show), that broadcast's (its whole state, one frame for every display showing it)
// and the alert. Every change is confirmed back ("shown"). It reconnects by itself after a network
// drop or a server restart and resumes from the state it is given; what it already shows stays on
// screen meanwhile. It never reloads itself and keeps no growing state, so it runs for days.
(function () {
  'use strict';
  const screen = document.getElementById('screen');
  const texts = JSON.parse(document.getElementById('texts').textContent);
  const displayId = Number(screen.dataset.display || 0);
  const $ = (id) => document.getElementById(id);
  const layers = ['pairing', 'idle', 'announcement', 'picture', 'video', 'feed', 'blank', 'alert'];

  const now = { assign: null, state: null, feed: null, alert: null, layer: null };
  const topics = new Map();  // topic -> {epoch, seq}
  let socket = null;
  let open = false;
  let retry = 0;
  let pinger = null;
  let offlineTimer = null;
  let clockTimer = null;

  function show(layer) {
    if (now.layer === layer) {
      return;
    }
    now.layer = layer;
    for (const name of layers) {
      $(name).hidden = name !== layer && !(name === 'alert' && now.alert && now.alert.a > 0);
    }
    if (layer !== 'video') {
      $('video-player').pause();
    }
  }

  // ---- pairing -------------------------------------------------------------------------------
  function pair() {
    show('pairing');
    $('pair-title').textContent = texts.pairTitle;
    $('pair-hint').textContent = texts.pairHint;
    fetch('/display/pairing', { method: 'POST' })
      .then((r) => r.json().then((body) => ({ ok: r.ok, body: body })))
      .then(({ ok, body }) => {
        if (!ok) {
          $('pair-hint').textContent = texts.pairBusy;
          setTimeout(pair, 60000);
          return;
        }
        $('pair-code').textContent = body.code.slice(0, 3) + ' ' + body.code.slice(3);
        $('pair-qr').innerHTML = body.qr;
        waitForPairing(body.nonce);
      })
      .catch(() => setTimeout(pair, 5000));
  }

  function waitForPairing(nonce) {
    fetch('/display/pairing?nonce=' + encodeURIComponent(nonce))
      .then((r) => r.json())
      .then((body) => {
        if (body.state === 'paired') {
          $('pair-hint').textContent = texts.paired;
          location.reload();
        } else if (body.state === 'expired') {
          $('pair-hint').textContent = texts.pairRenew;
          pair();
        } else {
          setTimeout(() => waitForPairing(nonce), 1500);
        }
      })
      .catch(() => setTimeout(() => waitForPairing(nonce), 3000));
  }

  // ---- the live connection -------------------------------------------------------------------
  function address() {
    const url = new URL('/live', location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    url.searchParams.set('device', '1');
    return url.toString();
  }

  function follow(topic) {
    if (!topics.has(topic)) {
      topics.set(topic, { epoch: null, seq: -1 });
    }
    if (open) {
      const at = topics.get(topic);
      socket.send(JSON.stringify({ op: 'follow', topic: topic, epoch: at.epoch, seq: at.seq }));
    }
  }

  function leave(topic) {
    if (topics.delete(topic) && open) {
      socket.send(JSON.stringify({ op: 'leave', topic: topic }));
    }
  }

  function connect() {
    socket = new WebSocket(address());
    socket.onopen = () => {
      open = true;
      retry = 0;
      online(true);
      topics.forEach((at, topic) => socket.send(JSON.stringify({ op: 'follow', topic: topic, epoch: at.epoch, seq: at.seq })));
      pinger = setInterval(() => open && socket.send('{"op":"ping"}'), 25000);
      report();
    };
    socket.onmessage = (event) => received(JSON.parse(event.data));
    socket.onclose = (event) => {
      socket = null;
      open = false;
      clearInterval(pinger);
      if (event.code === 4001) {
        // Revoked or unknown: back to the pairing screen, by a fresh page from the server.
        location.reload();
        return;
      }
      online(false);
      retry = Math.min(retry + 1, 6);
      setTimeout(connect, Math.min(10000, 500 * 2 ** retry) * (0.75 + Math.random() / 2));
    };
  }

  function online(yes) {
    clearTimeout(offlineTimer);
    if (yes) {
      $('offline').hidden = true;
    } else {
      // A blink of the network is not worth a badge in front of the class.
      offlineTimer = setTimeout(() => {
        $('offline').textContent = texts.offline;
        $('offline').hidden = false;
      }, 3000);
    }
  }

  function received(frame) {
    if (!frame.t) {
      return;
    }
    const at = topics.get(frame.t);
    if (!at) {
      return;
    }
    if (frame.k === 'followed' || frame.k === 'reset') {
      // "followed": the frames after the number asked for come next; "reset": the current state does.
      at.epoch = frame.e;
      at.seq = frame.k === 'reset' ? frame.s : at.seq;
      return;
    }
    if (frame.k === 'refused' || frame.k === 'ended') {
      return;
    }
    // Every frame is a whole state, so one seen twice (the catch-up after a reset) does no harm.
    if (frame.s < at.seq) {
      return;
    }
    at.seq = frame.s;
    if (frame.k === 'assign') {
      assigned(frame.d);
    } else if (frame.k === 'state') {
      if (now.assign && frame.d.b === now.assign.b) {
        now.state = frame.d;
        draw();
      }
    } else if (frame.k === 'feed') {
      if (now.assign && frame.d.b === now.assign.b) {
        now.feed = frame.d;
        draw();
      }
    } else if (frame.k === 'alert') {
      now.alert = frame.d;
      drawAlert();
    }
  }

  function assigned(assign) {
    const before = now.assign;
    now.assign = assign;
    if (!before || before.b !== assign.b) {
      if (before && before.b) {
        leave('broadcast:' + before.b);
      }
      now.state = null;
      now.feed = null;
      if (assign.b) {
        follow('broadcast:' + assign.b);
      }
    }
    draw();
  }

  function report() {
    if (!open) {
      return;
    }
    const shown = {
      b: now.state && now.assign && now.assign.b ? now.state.b : 0,
      v: now.state && now.assign && now.assign.b ? now.state.v : 0,
      a: now.alert ? now.alert.a : 0,
      w: window.screen.width,
      h: window.screen.height
    };
    socket.send(JSON.stringify({ op: 'shown', text: JSON.stringify(shown) }));
  }

  // ---- drawing -------------------------------------------------------------------------------
  function draw() {
    const state = now.state;
    if (!now.assign || !now.assign.b || !state || state.stopped) {
      idle();
    } else if (state.blank) {
      show('blank');
    } else if (state.kind === 'ANNOUNCEMENT') {
      const image = $('announcement-image');
      if (state.media) {
        if (image.getAttribute('src') !== state.media) {
          image.src = state.media;
        }
        image.hidden = false;
      } else {
        image.hidden = true;
        image.removeAttribute('src');
      }
      const text = $('announcement-text');
      text.textContent = state.body || '';
      text.classList.toggle('long', (state.body || '').length > 200);
      show('announcement');
    } else if (state.kind === 'SLIDES' || state.kind === 'IMAGES') {
      picture(state.pictures[state.page - 1]);
      $('picture-page').textContent = state.page + ' / ' + state.pages;
      preload(state.pictures[state.page]);
      preload(state.pictures[state.page - 2]);
      show('picture');
    } else if (state.kind === 'VIDEO') {
      const player = $('video-player');
      if (player.getAttribute('src') !== state.media) {
        player.src = state.media;
      }
      show('video');
      if (state.paused) {
        player.pause();
      } else if (player.paused) {
        player.play().catch(() => {
          // Sound without a click is blocked unless the kiosk browser allows it: play muted, say so.
          player.muted = true;
          $('sound-hint').textContent = texts.soundHint;
          $('sound-hint').hidden = false;
          player.play().catch(() => {});
        });
      }
    } else if (state.kind === 'CHANNEL') {
      drawFeed(state);
    }
    report();
  }

  // A page is swapped in once it has loaded: the class never sees a half-drawn or broken picture. One
  // that fails (the server was unreachable a moment) is tried again while it is still the one wanted.
  let wanted = null;
  function picture(src) {
    wanted = src;
    const image = $('picture-image');
    if (image.getAttribute('src') === src) {
      return;
    }
    const loading = new Image();
    loading.onload = () => {
      if (wanted === src) {
        image.src = src;
      }
    };
    loading.onerror = () => setTimeout(() => wanted === src && picture(src), 2000);
    loading.src = src;
  }

  let preloaded = [];
  function preload(src) {
    if (!src) {
      return;
    }
    const image = new Image();
    image.src = src;
    // Only the neighbours are kept: nothing grows with the slides shown.
    preloaded = preloaded.concat(image).slice(-2);
  }

  function drawFeed(state) {
    $('feed-title').textContent = state.title;
    const list = $('feed-posts');
    const zone = now.assign.zone;
    const time = new Intl.DateTimeFormat(document.documentElement.lang, { timeZone: zone, hour: '2-digit',
      minute: '2-digit', day: 'numeric', month: 'long' });
    list.replaceChildren(...(now.feed ? now.feed.posts : []).map((post) => {
      const item = document.createElement('li');
      item.classList.toggle('urgent', post.urgent);
      const meta = document.createElement('div');
      meta.className = 'meta';
      meta.textContent = post.author + ' · ' + time.format(new Date(post.at));
      const text = document.createElement('div');
      text.className = 'text';
      text.textContent = post.text;
      item.append(meta, text);
      return item;
    }));
    show('feed');
  }

  function idle() {
    const assign = now.assign || { school: '', name: '', zone: undefined };
    $('idle-school').textContent = assign.school;
    $('idle-name').textContent = assign.name;
    tick();
    show('idle');
  }

  function tick() {
    const zone = now.assign ? now.assign.zone : undefined;
    const at = new Date();
    $('idle-clock').textContent = new Intl.DateTimeFormat(document.documentElement.lang,
      { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(at);
    $('idle-date').textContent = new Intl.DateTimeFormat(document.documentElement.lang,
      { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long' }).format(at);
  }

  // ---- the emergency alert -------------------------------------------------------------------
  let siren = null;
  function drawAlert() {
    const alert = now.alert;
    const box = $('alert');
    if (alert && alert.a > 0) {
      box.className = 'layer kind-' + alert.kind;
      $('alert-kind').textContent = texts['alert.' + alert.kind] || alert.kind;
      $('alert-text').textContent = alert.body;
      $('alert-until').textContent = alert.until ? texts.alertUntil.replace('{0}', new Intl.DateTimeFormat(
        document.documentElement.lang, { timeZone: now.assign ? now.assign.zone : undefined, hour: '2-digit',
          minute: '2-digit' }).format(new Date(alert.until))) : '';
      box.hidden = false;
      $('video-player').pause();
      // The alert is drawn first; starting the sound (an audio device may take a moment) waits for the next frame.
      requestAnimationFrame(() => setTimeout(() => now.alert && now.alert.a > 0 && sound(true), 0));
    } else {
      box.hidden = true;
      sound(false);
      if (now.layer === 'video' && now.state && !now.state.paused) {
        $('video-player').play().catch(() => {});
      }
    }
    report();
  }

  // Two alternating tones made by the browser itself: no sound file to fetch, nothing to fail.
  function sound(on) {
    if (!on) {
      if (siren) {
        siren.stop();
        siren = null;
      }
      return;
    }
    if (siren) {
      return;
    }
    try {
      const audio = new AudioContext();
      const tone = audio.createOscillator();
      const volume = audio.createGain();
      tone.type = 'square';
      volume.gain.value = 0.2;
      tone.connect(volume).connect(audio.destination);
      let high = false;
      const turn = setInterval(() => {
        high = !high;
        tone.frequency.setValueAtTime(high ? 880 : 660, audio.currentTime);
      }, 500);
      tone.start();
      if (audio.state === 'suspended') {
        $('sound-hint').textContent = texts.soundHint;
        $('sound-hint').hidden = false;
      }
      siren = { stop: () => { clearInterval(turn); tone.stop(); audio.close(); } };
    } catch (e) {
      siren = null;
    }
  }

  document.addEventListener('click', () => {
    $('sound-hint').hidden = true;
    const player = $('video-player');
    player.muted = false;
    if (now.alert && now.alert.a > 0) {
      sound(false);
      sound(true);
    }
  });

  // For tests and for a technician's console: what the display shows now.
  window.partaDisplay = {
    shown: () => ({ layer: now.layer, broadcast: now.assign ? now.assign.b : 0, version: now.state ? now.state.v : 0,
      page: now.state ? now.state.page : 0, alert: now.alert ? now.alert.a : 0, online: open })
  };

  if (screen.dataset.paired === 'true' && displayId > 0) {
    idle();
    clockTimer = setInterval(() => now.layer === 'idle' && tick(), 1000);
    follow('display:' + displayId);
    follow('alert:0');
    connect();
  } else {
    pair();
  }
})();
