// Parta chat composer, in the browser. Why here and not on the server: a message typed or sent
// while the Wi-Fi drops must stay visible and be sent once the connection returns. So the
// composer keeps drafts and an outbox in localStorage, gives every message a key once, shows it
// as pending at once, and asks the server to post it; the server answers "sent" or "failed".
// Sending the same key again (after a reload) never makes a second message: the server
// recognises the key.
(function () {
  if (window.partaChat) {
    return;
  }
  // Drafts and the outbox belong to the person signed in: a classroom computer is shared, and one
  // pupil's unsent words must never show up for the next. Sign-out removes every 'parta.' key.
  let owner = '';
  const draftKey = (chat) => 'parta.' + owner + '.draft.' + chat;
  const outboxKey = (chat) => 'parta.' + owner + '.outbox.' + chat;

  // Keys written before drafts had an owner: nobody can tell whose they are, so nobody sees them.
  function forgetOwnerless() {
    try {
      Object.keys(window.localStorage).filter((k) => /^parta\.(draft|outbox)\./.test(k))
        .forEach((k) => window.localStorage.removeItem(k));
    } catch (e) {
      // No storage: nothing to forget.
    }
  }

  function read(key, fallback) {
    try {
      const value = window.localStorage.getItem(key);
      return value === null ? fallback : JSON.parse(value);
    } catch (e) {
      return fallback;
    }
  }

  function write(key, value) {
    try {
      if (value === null || (Array.isArray(value) && value.length === 0) || value === '') {
        window.localStorage.removeItem(key);
      } else {
        window.localStorage.setItem(key, JSON.stringify(value));
      }
    } catch (e) {
      // Private mode or a full store: the composer still works, only without keeping drafts.
    }
  }

  function newKey() {
    const bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  function pendingList(host) {
    return host.querySelector('.chat-pending-list') || document.querySelector('.chat-pending-list');
  }

  function showPending(host, item) {
    const list = pendingList(host);
    if (!list || list.querySelector('[data-key="' + item.key + '"]')) {
      return;
    }
    const bubble = document.createElement('div');
    bubble.className = 'chat-pending';
    bubble.dataset.key = item.key;
    const text = document.createElement('div');
    text.className = 'chat-pending-text';
    text.textContent = item.text;
    const state = document.createElement('div');
    state.className = 'chat-pending-state';
    state.textContent = host.dataset.pendingLabel || '…';
    bubble.append(text, state);
    list.append(bubble);
    const scroller = document.querySelector('.chat-scroller');
    if (scroller) {
      scroller.scrollTop = scroller.scrollHeight;
    }
  }

  function removePending(host, key) {
    const list = pendingList(host);
    const bubble = list && list.querySelector('[data-key="' + key + '"]');
    if (bubble) {
      bubble.remove();
    }
  }

  // A message of text alone goes on the live connection, without a Vaadin round trip. One with a
  // file, a quote, a picked mention or urgency (which the composer holds on the server), or one
  // sent offline or without a live connection, goes the Vaadin way, whose requests the browser
  // repeats until they arrive. Either way the message's key makes a repeat harmless.
  function transmit(host, item) {
    const composer = host.querySelector('.chat-composer');
    const plain = composer && composer.dataset.plain === 'true' && (item.text || '').trim() !== '';
    if (!plain || !window.partaLive.request('post', 'conversation:' + host.dataset.chat, item.key, item.text,
      (answer) => answered(host, item, answer))) {
      host.$server.send(item.key, item.text);
    }
  }

  function answered(host, item, answer) {
    const stream = host.partaList && host.partaList.partaStream;
    if (answer.lost) {
      host.$server.send(item.key, item.text);
    } else if (answer.error) {
      window.partaChat.failed(host, item.key);
      notify(answer.error, 'error');
    } else {
      window.partaChat.sent(host, item.key);
      if (answer.review && stream) {
        notify(stream.labels.reviewNotice);
      } else if (answer.held && stream) {
        notify(fill(stream.labels.heldNotice, stream.date.format(new Date(answer.held))));
      } else if (answer.message && stream) {
        // Drawn at once from the answer; the same message by the chat's frames is drawn over it, not twice.
        stream.put(answer.message, true);
      }
    }
  }

  /** A notification as the server's own (UiErrors): an error at the top, a note at the bottom. */
  function notify(text, theme) {
    const note = document.createElement('vaadin-notification');
    note.renderer = (root) => { root.textContent = text; };
    note.duration = theme === 'error' ? 8000 : 5000;
    note.position = theme === 'error' ? 'top-center' : 'bottom-center';
    if (theme) {
      note.setAttribute('theme', theme);
      note.classList.add('parta-error');
    }
    note.addEventListener('opened-changed', (event) => {
      if (!event.detail.value) {
        note.remove();
      }
    });
    document.body.append(note);
    note.opened = true;
  }

  window.partaChat = {
    init(host, chat, person) {
      owner = String(person);
      forgetOwnerless();
      const area = host.querySelector('vaadin-text-area');
      const input = () => area.inputElement || area.querySelector('textarea');
      host.dataset.chat = chat;
      area.value = read(draftKey(chat), '');
      area.addEventListener('input', () => write(draftKey(chat), area.value));
      area.addEventListener('keydown', (event) => {
        const coarse = window.matchMedia && window.matchMedia('(pointer: coarse)').matches;
        if (event.key === 'Enter' && !event.shiftKey && !coarse) {
          event.preventDefault();
          window.partaChat.send(host);
        }
      });
      host.querySelector('.chat-send').addEventListener('click', () => window.partaChat.send(host));
      // Whatever was still on its way when the page went away goes again, under its own key.
      read(outboxKey(chat), []).forEach((item) => {
        showPending(host, item);
        transmit(host, item);
      });
      if (input()) {
        input().setAttribute('enterkeyhint', 'send');
      }
      // Keyboard users start in the message box; on touch screens a focused box would pop up the
      // keyboard over the chat, so there it waits for a tap.
      const coarse = window.matchMedia && window.matchMedia('(pointer: coarse)').matches;
      if (!coarse) {
        area.focus();
      }
    },

    send(host) {
      const chat = host.dataset.chat;
      const area = host.querySelector('vaadin-text-area');
      const text = area.value || '';
      const item = { key: newKey(), text: text };
      const outbox = read(outboxKey(chat), []);
      outbox.push(item);
      write(outboxKey(chat), outbox);
      if (text.trim() !== '') {
        showPending(host, item);
      }
      area.value = '';
      write(draftKey(chat), '');
      transmit(host, item);
    },

    sent(host, key) {
      const chat = host.dataset.chat;
      write(outboxKey(chat), read(outboxKey(chat), []).filter((item) => item.key !== key));
      removePending(host, key);
    },

    /** The server refused the message: the text goes back into the box, nothing is lost. */
    failed(host, key) {
      const chat = host.dataset.chat;
      const outbox = read(outboxKey(chat), []);
      const item = outbox.find((i) => i.key === key);
      write(outboxKey(chat), outbox.filter((i) => i.key !== key));
      removePending(host, key);
      const area = host.querySelector('vaadin-text-area');
      if (item && item.text && (area.value || '') === '') {
        area.value = item.text;
        write(draftKey(chat), item.text);
      }
    },

    insert(host, text) {
      const area = host.querySelector('vaadin-text-area');
      const current = area.value || '';
      area.value = current + (current === '' || current.endsWith(' ') || current.endsWith('\n') ? '' : ' ') + text;
      write(draftKey(host.dataset.chat), area.value);
      area.focus();
    },

    scrollToEnd() {
      const scroller = document.querySelector('.chat-scroller');
      if (scroller) {
        scroller.scrollTop = scroller.scrollHeight;
      }
    },

    /** The chat's messages: drawn here from the page the server gave and from the chat's live frames. */
    stream(host, list, boot) {
      host.partaList = list;
      return new ChatStream(host, list, JSON.parse(boot));
    },

    /** The server's answer to one's own message: drawn at once, whatever the live connection is doing. */
    own(list, json) {
      if (list.partaStream) {
        list.partaStream.put(JSON.parse(json), true);
      }
    }
  };

  // The chat's messages, drawn here from JSON the server made once for everyone in the chat
  // (ChatFrames): the latest page when the screen opens, then the chat's live frames. Whose a
  // message is, "mentions me", "my reaction", the time in the school's zone and "read by N of M"
  // are worked out here. Text only ever goes in as text nodes; links are the server's http(s) ones.
  function make(tag, className, text) {
    const element = document.createElement(tag);
    if (className) {
      element.className = className;
    }
    if (text !== undefined && text !== null) {
      element.textContent = text;
    }
    return element;
  }

  function fill(template, ...values) {
    return values.reduce((text, value, i) => text.replace('{' + i + '}', value), template || '');
  }

  class ChatStream {
    constructor(host, list, boot) {
      this.host = host;
      this.list = list;
      this.viewer = Number(list.dataset.viewer);
      this.labels = JSON.parse(list.dataset.labels || '{}');
      this.max = boot.max;
      this.keep = boot.max;
      this.page = boot.pageSize;
      this.ids = [];
      this.byId = new Map();
      this.reads = boot.reads;
      this.topic = boot.topic;
      // Announcements the viewer confirmed ("Ознакомлен(а)"): id → epoch ms; authors see the sheet instead.
      this.acked = boot.acked || {};
      // Polls of the messages shown: id → card state (with the viewer's own choice), kept current by
      // each poll's live results; one card element per poll.
      this.polls = boot.polls || {};
      this.pollCards = new Map();
      this.followedPolls = new Set();
      this.mayPin = !!boot.mayPin;
      // A channel with comments: each post's count, kept by the channel's "comments" frames.
      this.commentsOn = !!boot.commentsOn;
      this.comments = boot.comments || {};
      this.showPinned(boot.pinned || null);
      this.author = list.dataset.author === 'true';
      const zone = list.dataset.zone;
      const lang = list.dataset.lang || 'ru';
      this.day = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
      this.clock = new Intl.DateTimeFormat(lang, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
      this.date = new Intl.DateTimeFormat(lang, { timeZone: zone, day: 'numeric', month: 'short', hour: '2-digit',
        minute: '2-digit', hourCycle: 'h23' });
      list.partaStream = this;
      list.replaceChildren();
      this.earlierButton = make('button', 'chat-earlier', this.labels.earlier);
      this.earlierButton.type = 'button';
      this.earlierButton.id = 'chat-earlier';
      this.earlierButton.addEventListener('click', () => this.earlier());
      list.append(this.earlierButton);
      let divided = false;
      for (const message of boot.page) {
        if (!divided && message.id > boot.pointer && message.authorId !== this.viewer) {
          const divider = make('div', 'chat-divider', this.labels.newMessages);
          divider.id = 'chat-divider';
          list.append(divider);
          divided = true;
        }
        this.put(message, false);
      }
      this.showMore(boot.more);
      this.showEmpty();
      const scroller = document.querySelector('.chat-scroller');
      if (scroller && !scroller.partaWatched) {
        // Near the top, the page before loads by itself (the button is for keyboards and screen readers).
        scroller.partaWatched = true;
        scroller.addEventListener('scroll', () => {
          const stream = list.partaStream;
          if (scroller.scrollTop < 80 && stream && stream.more) {
            stream.earlier();
          }
        });
      }
      window.partaLive.use(boot.ticket);
      window.partaLive.follow(boot.topic, boot.epoch, boot.seq, {
        reading: true,
        cursor: () => (this.ids.length ? this.ids[this.ids.length - 1] : 0),
        alive: () => this.list.isConnected && this.list.partaStream === this,
        onFrame: (frame) => this.frame(frame)
      });
    }

    frame(frame) {
      if (frame.k === 'posted') {
        this.put(frame.d, true);
      } else if (frame.k === 'changed' && this.byId.has(frame.d.id)) {
        this.put(frame.d, false);
        if (this.pinnedId === frame.d.id) {
          this.showPinned(frame.d.deleted ? null : frame.d);
        }
      } else if (frame.k === 'pinned') {
        this.showPinned(frame.d);
      } else if (frame.k === 'comments') {
        this.comments[frame.d.id] = frame.d.count;
        const shown = this.byId.get(frame.d.id);
        const button = shown && shown.querySelector('.chat-comments');
        if (button) {
          button.textContent = fill(this.labels.comments, frame.d.count);
        }
      } else if (frame.k === 'reads') {
        this.reads = frame.d;
        this.byId.forEach((element) => this.showReadBy(element));
      } else if (frame.k === 'gap') {
        // Away too long: what was shown is no longer next to what comes; older pages load on scroll-up.
        this.ids.forEach((id) => this.byId.get(id).remove());
        this.ids = [];
        this.byId.clear();
        this.keep = this.max;
        this.showMore(true);
      }
    }

    /** Draws a message in its place by id; a message shown already is drawn again (never twice). */
    put(data, arriving) {
      const shown = this.byId.get(data.id);
      if (shown) {
        this.draw(shown, data);
        return;
      }
      const element = make('div', 'chat-message');
      this.draw(element, data);
      let low = 0;
      let high = this.ids.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (this.ids[middle] < data.id) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      if (low === this.ids.length) {
        this.list.append(element);
      } else {
        this.list.insertBefore(element, this.byId.get(this.ids[low]));
      }
      this.ids.splice(low, 0, data.id);
      this.byId.set(data.id, element);
      if (arriving) {
        this.showEmpty();
        while (this.ids.length > this.keep) {
          this.byId.get(this.ids[0]).remove();
          this.byId.delete(this.ids.shift());
          this.showMore(true);
        }
        if (low === this.ids.length - 1) {
          this.arrived(element);
        }
      }
    }

    /** The page before the oldest shown, asked of the server and put on top; the reader stays where they were. */
    earlier() {
      if (this.asking || !this.ids.length) {
        return Promise.resolve();
      }
      this.asking = true;
      const scroller = document.querySelector('.chat-scroller');
      const height = scroller ? scroller.scrollHeight : 0;
      return this.host.$server.earlier(String(this.ids[0])).then((json) => {
        const answer = JSON.parse(json);
        Object.assign(this.acked, answer.acked || {});
        Object.assign(this.polls, answer.polls || {});
        Object.assign(this.comments, answer.comments || {});
        const page = answer.page;
        page.forEach((message) => this.put(message, false));
        this.keep = Math.max(this.keep, this.ids.length + this.max);
        this.showMore(page.length === this.page);
        if (scroller) {
          requestAnimationFrame(() => { scroller.scrollTop = scroller.scrollHeight - height + scroller.scrollTop; });
        }
      }).finally(() => { this.asking = false; });
    }

    showMore(more) {
      this.more = more;
      this.earlierButton.hidden = !more;
    }

    showEmpty() {
      let note = this.list.querySelector('#chat-empty');
      if (this.ids.length === 0 && !note) {
        note = make('div', 'chat-empty', this.labels.empty);
        note.id = 'chat-empty';
        this.list.append(note);
      } else if (this.ids.length > 0 && note) {
        note.remove();
      }
    }

    time(at) {
      const when = new Date(at);
      return this.day.format(when) === this.day.format(new Date()) ? this.clock.format(when) : this.date.format(when);
    }

    size(bytes) {
      if (bytes < 1024) {
        return fill(this.labels.bytes, bytes);
      }
      if (bytes < 1024 * 1024) {
        return fill(this.labels.kib, Math.round(bytes / 1024));
      }
      return fill(this.labels.mib, (bytes / 1024 / 1024).toFixed(1));
    }

    draw(element, data) {
      const labels = this.labels;
      const viewer = this.viewer;
      element.dataset.id = data.id;
      element.own = data.authorId === viewer;
      element.classList.toggle('own', element.own);
      element.classList.toggle('urgent', !!data.urgent);
      element.classList.toggle('deleted', !!data.deleted);
      element.classList.toggle('moderated', !!data.hidden);
      element.classList.toggle('mentions-me', (data.mentions || []).includes(viewer));
      element.replaceChildren();

      const author = make('span', 'chat-author', data.author);
      if (data.verified) {
        const badge = make('span', 'verified-badge', '✔');
        badge.title = labels.verified || '';
        author.append(badge);
      }
      const head = make('div', 'chat-head');
      head.append(author, make('span', 'chat-time', this.time(data.at)));
      if (data.urgent) {
        head.append(make('span', 'chat-urgent-mark', labels.urgent));
      }
      element.append(head);
      element.readBy = null;
      if (data.deleted) {
        element.append(make('div', 'chat-body', labels.deleted));
        return;
      }
      if (data.hidden) {
        // Hidden by a moderator: the reason in its place, no text, no files; "⋯" stays for the moderators.
        element.append(make('div', 'chat-body chat-moderated',
          fill(labels.moderated, (labels.reasons || {})[data.hidden] || data.hidden)));
        const foot = make('div', 'chat-foot');
        const more = make('span', 'chat-more');
        more.setAttribute('role', 'button');
        more.setAttribute('tabindex', '0');
        more.setAttribute('aria-label', labels.actions || '');
        foot.append(more);
        element.append(foot);
        return;
      }
      if (data.quote) {
        const quote = make('div', 'chat-quote');
        quote.append(make('span', null, data.quote.author),
          make('span', null, data.quote.deleted ? labels.deleted : data.quote.text));
        element.append(quote);
      }
      if (data.poll) {
        element.append(this.pollCard(data.poll));
      } else if (data.body && data.body.length > 0) {
        const body = make('div', 'chat-body');
        for (const [kind, text, href] of data.body) {
          if (kind === 'a') {
            const link = make('a', null, text);
            link.href = href;
            link.target = '_blank';
            link.rel = 'noopener noreferrer';
            link.setAttribute('router-ignore', '');
            body.append(link);
          } else if (kind === 'm') {
            body.append(make('span', 'chat-mention', text));
          } else {
            body.append(document.createTextNode(text));
          }
        }
        element.append(body);
      }
      for (const file of data.files || []) {
        const open = make('a', file.image ? 'chat-image-link' : 'chat-file');
        open.href = '/files/' + file.id;
        open.target = '_blank';
        open.setAttribute('router-ignore', '');
        if (file.image) {
          const thumbnail = make('img', 'chat-image');
          thumbnail.src = '/files/' + file.id + '/preview';
          thumbnail.alt = file.name;
          open.append(thumbnail);
        } else {
          const icon = document.createElement('vaadin-icon');
          icon.setAttribute('icon', 'vaadin:file-o');
          open.append(icon, make('span', 'chat-file-name', file.name), make('span', 'chat-file-size', this.size(file.size)));
        }
        element.append(open);
      }
      if (data.ack) {
        element.append(this.ackBlock(data));
      }
      const foot = make('div', 'chat-foot');
      for (const reaction of data.reactions || []) {
        const chip = make('vaadin-button', 'chat-reaction', reaction.emoji + ' ' + reaction.ids.length);
        chip.setAttribute('theme', 'small tertiary');
        chip.classList.toggle('mine', reaction.ids.includes(viewer));
        chip.dataset.emoji = reaction.emoji;
        foot.append(chip);
      }
      if (data.edited) {
        foot.append(make('span', 'chat-edited', labels.edited));
      }
      if (this.commentsOn) {
        const open = make('button', 'chat-comments', fill(labels.comments, this.comments[data.id] || 0));
        open.type = 'button';
        open.addEventListener('click', (event) => {
          event.stopPropagation();
          this.host.$server.comments(String(data.id));
        });
        foot.append(open);
      }
      if (element.own) {
        element.readBy = make('span', 'chat-read-by');
        foot.append(element.readBy);
        this.showReadBy(element);
        this.followReaders();
      }
      const more = make('span', 'chat-more');
      more.setAttribute('role', 'button');
      more.setAttribute('tabindex', '0');
      more.setAttribute('aria-label', labels.actions || '');
      foot.append(more);
      element.append(foot);
    }

    /** The pinned message above the chat: its author and start; a tap scrolls to it when it is shown. */
    showPinned(message) {
      const bar = document.getElementById('chat-pinned');
      this.pinnedId = message ? message.id : null;
      if (!bar) {
        return;
      }
      bar.replaceChildren();
      bar.hidden = !message;
      if (!message) {
        return;
      }
      const text = (message.body || []).map((piece) => piece[1]).join('') || (message.files || []).map((f) => f.name).join(', ');
      const open = make('button', 'chat-pinned-text');
      open.type = 'button';
      open.append(make('span', 'chat-pinned-label', this.labels.pinned),
        make('span', null, message.author + ': ' + (text.length > 140 ? text.slice(0, 139) + '…' : text)));
      open.addEventListener('click', () => {
        const shown = this.byId.get(message.id);
        if (shown) {
          shown.scrollIntoView({ block: 'center' });
        }
      });
      bar.append(open);
      if (this.mayPin) {
        const unpin = make('button', 'chat-unpin', '✕');
        unpin.type = 'button';
        unpin.id = 'chat-unpin';
        unpin.setAttribute('aria-label', this.labels.unpin);
        unpin.title = this.labels.unpin;
        unpin.addEventListener('click', () => this.host.$server.unpin());
        bar.append(unpin);
      }
    }

    /** The card of a poll: drawn from what the page holds, else asked of the server once; then live. */
    pollCard(pollId) {
      const card = make('div', 'chat-poll');
      card.dataset.poll = pollId;
      this.pollCards.set(pollId, card);
      const state = this.polls[pollId];
      if (state) {
        this.drawPoll(card, state);
      } else {
        this.host.$server.poll(String(pollId)).then((json) => {
          const fetched = JSON.parse(json);
          if (fetched.id) {
            this.polls[pollId] = fetched;
            this.drawPoll(this.pollCards.get(pollId) || card, fetched);
          }
        });
      }
      this.followPoll(pollId);
      return card;
    }

    /** Everyone's results arrive on the poll's topic; the viewer's own choice stays as it was. */
    followPoll(pollId) {
      if (this.followedPolls.has(pollId)) {
        return;
      }
      this.followedPolls.add(pollId);
      window.partaLive.follow('poll:' + pollId, null, -1, {
        alive: () => this.list.isConnected && this.list.partaStream === this,
        onFrame: (frame) => {
          if (frame.k !== 'results') {
            return;
          }
          const before = this.polls[pollId] || {};
          const now = Object.assign({}, frame.d, { mine: before.mine || [], voted: !!before.voted,
            author: !!before.author, mayClose: !!before.mayClose && !frame.d.closed });
          this.polls[pollId] = now;
          const card = this.pollCards.get(pollId);
          if (card && card.isConnected) {
            this.drawPoll(card, now);
          }
        }
      });
    }

    drawPoll(card, poll) {
      const labels = this.labels;
      card.replaceChildren();
      card.append(make('div', 'chat-poll-question', poll.question));
      const options = make('div', 'chat-poll-options');
      const total = Math.max(1, poll.options.reduce((sum, option) => sum + (option.votes || 0), 0));
      for (const option of poll.options) {
        const row = make('label', 'chat-poll-option');
        const input = document.createElement('input');
        input.type = poll.multiple ? 'checkbox' : 'radio';
        input.name = 'poll-' + poll.id;
        input.value = option.id;
        input.checked = (poll.mine || []).includes(option.id);
        input.disabled = poll.closed;
        row.append(input, make('span', 'chat-poll-text', option.text));
        if (poll.visible && option.votes !== null && option.votes !== undefined) {
          row.append(make('span', 'chat-poll-count', String(option.votes)));
          const bar = make('span', 'chat-poll-bar');
          bar.style.width = Math.round(100 * option.votes / total) + '%';
          row.append(bar);
        }
        options.append(row);
      }
      card.append(options);
      const foot = make('div', 'chat-poll-foot');
      foot.append(make('span', 'chat-poll-voters', fill(labels.pollVoters, poll.voters)),
        make('span', null, poll.anonymous ? labels.pollAnonymous : labels.pollNamed));
      if (poll.closed) {
        foot.append(make('span', 'chat-poll-closed', labels.pollClosed));
      } else if (poll.closesAt) {
        foot.append(make('span', null, fill(labels.pollUntil, this.date.format(new Date(poll.closesAt)))));
      }
      if (!poll.visible) {
        foot.append(make('span', null, labels.pollHidden));
      }
      card.append(foot);
      const actions = make('div', 'chat-poll-actions');
      if (!poll.closed) {
        const vote = make('vaadin-button', 'chat-poll-vote', poll.voted ? labels.pollRevote : labels.pollVote);
        vote.setAttribute('theme', 'primary small');
        vote.addEventListener('click', (event) => {
          event.stopPropagation();
          const chosen = [...options.querySelectorAll('input:checked')].map((input) => input.value).join(',');
          if (!chosen) {
            return;
          }
          vote.setAttribute('disabled', '');
          this.host.$server.vote(String(poll.id), chosen).then((json) => {
            const answer = JSON.parse(json);
            if (answer.id) {
              this.polls[poll.id] = answer;
              this.drawPoll(card, answer);
            } else {
              vote.removeAttribute('disabled');
            }
          }, () => vote.removeAttribute('disabled'));
        });
        actions.append(vote);
      }
      if (poll.author) {
        const results = make('vaadin-button', 'chat-poll-results', labels.pollResults);
        results.setAttribute('theme', 'tertiary small');
        results.addEventListener('click', (event) => {
          event.stopPropagation();
          this.host.$server.pollResults(String(poll.id));
        });
        actions.append(results);
      }
      card.append(actions);
    }

    /**
     * Under an announcement: its authors get the sheet of who confirmed; a reader who confirmed sees
     * when; one who has not, the one-tap "Ознакомлен(а)", answered by the server with the time.
     */
    ackBlock(data) {
      const block = make('div', 'chat-ack-block');
      if (this.author) {
        block.append(make('span', 'chat-ack-asked', this.labels.ackAsked));
        const sheet = make('a', 'chat-ack-sheet', this.labels.ackSheet);
        sheet.href = this.list.dataset.sheet + data.id;
        sheet.setAttribute('router-link', '');
        block.append(sheet);
      } else if (this.acked[data.id]) {
        block.append(make('span', 'chat-ack-done', fill(this.labels.acked, this.date.format(new Date(this.acked[data.id])))));
      } else {
        const confirm = make('vaadin-button', 'chat-ack', this.labels.ack);
        confirm.setAttribute('theme', 'primary small');
        confirm.addEventListener('click', (event) => {
          event.stopPropagation();
          confirm.setAttribute('disabled', '');
          this.host.$server.acknowledge(String(data.id)).then((json) => {
            const answer = JSON.parse(json);
            if (answer.at) {
              this.acked[data.id] = answer.at;
              block.replaceWith(this.ackBlock(data));
            } else {
              confirm.removeAttribute('disabled');
            }
          }, () => confirm.removeAttribute('disabled'));
        });
        block.append(confirm);
      }
      return block;
    }

    /**
     * Only a screen showing its viewer's own messages needs to hear who read how far: it follows the
     * chat's readers topic from the first such message on (the rest of a big chat's tabs do not).
     */
    followReaders() {
      if (this.readersTopic) {
        return;
      }
      this.readersTopic = this.topic.replace('conversation:', 'readers:');
      window.partaLive.follow(this.readersTopic, null, -1, {
        alive: () => this.list.isConnected && this.list.partaStream === this,
        onFrame: (frame) => this.frame(frame)
      });
    }

    /** "Read by N of M" under one's own message: members whose pointer reached it, less its author. */
    showReadBy(element) {
      if (!element.readBy || !this.reads) {
        return;
      }
      const id = Number(element.dataset.id);
      let reached = 0;
      for (const [pointer, count] of this.reads.pointers) {
        if (pointer < id) {
          break;
        }
        reached += count;
      }
      const others = this.reads.members - 1;
      const readers = Math.max(0, reached - 1);
      element.readBy.textContent = others > 0 ? fill(this.labels.readBy, readers, others) : '';
      element.readBy.classList.toggle('all', others > 0 && readers >= others);
    }

    /** A new last message: one's own always scrolls into view, others' only if the reader is near the end. */
    arrived(element) {
      const scroller = document.querySelector('.chat-scroller');
      if (!scroller) {
        return;
      }
      if (element.own || scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 200 + element.offsetHeight) {
        scroller.scrollTop = scroller.scrollHeight;
      }
    }
  }
})();
