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
        host.$server.send(item.key, item.text);
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
      host.$server.send(item.key, text);
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

    /** Keeps the reader where they were when older messages are put above. */
    keepPosition(scroller, oldHeight) {
      scroller.scrollTop = scroller.scrollHeight - oldHeight + scroller.scrollTop;
    },

    watchTop(scroller, host) {
      let asked = false;
      scroller.addEventListener('scroll', () => {
        if (scroller.scrollTop < 80 && !asked && scroller.dataset.more === 'true') {
          asked = true;
          const height = scroller.scrollHeight;
          host.$server.loadEarlier().then(() => {
            requestAnimationFrame(() => {
              scroller.scrollTop = scroller.scrollHeight - height + scroller.scrollTop;
              asked = false;
            });
          });
        }
      });
    }
  };

  // A message bubble, drawn here from the JSON the server made once for everyone in the chat
  // (BubbleContent). Text only ever goes in as text nodes; links are the server's http(s) ones.
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

  class PartaMessage extends HTMLElement {
    static get observedAttributes() {
      return ['data-read-by', 'data-read-all'];
    }

    constructor() {
      super();
      // Vaadin may have set the content before this element was defined: take it over.
      if (Object.prototype.hasOwnProperty.call(this, 'bubble')) {
        const early = this.bubble;
        delete this.bubble;
        this.content = early;
      }
    }

    set bubble(json) {
      this.content = json;
      if (this.isConnected) {
        this.draw();
      }
    }

    get bubble() {
      return this.content;
    }

    connectedCallback() {
      if (this.content && !this.drawn) {
        this.draw();
        this.arrived();
      }
    }

    attributeChangedCallback() {
      if (this.readBy) {
        this.showReadBy();
      }
    }

    draw() {
      const list = this.parentElement;
      if (!list || !this.content) {
        return;
      }
      const data = JSON.parse(this.content);
      const labels = JSON.parse(list.dataset.labels || '{}');
      const viewer = Number(list.dataset.viewer);
      this.drawn = true;
      this.dataset.id = data.id;
      this.classList.add('chat-message');
      this.classList.toggle('own', data.authorId === viewer);
      this.classList.toggle('urgent', data.urgent);
      this.classList.toggle('deleted', data.deleted);
      this.classList.toggle('mentions-me', data.mentions.includes(viewer));
      this.replaceChildren();

      const author = make('span', 'chat-author', data.author);
      if (data.verified) {
        const badge = make('span', 'verified-badge', '✔');
        badge.title = labels.verified || '';
        author.append(badge);
      }
      const head = make('div', 'chat-head');
      head.append(author, make('span', 'chat-time', data.time));
      if (data.urgent) {
        head.append(make('span', 'chat-urgent-mark', labels.urgent));
      }
      this.append(head);
      this.readBy = null;
      if (data.deleted) {
        this.append(make('div', 'chat-body', labels.deleted));
        return;
      }
      if (data.quote) {
        const quote = make('div', 'chat-quote');
        quote.append(make('span', null, data.quote.author), make('span', null, data.quote.text));
        this.append(quote);
      }
      if (data.body.length > 0) {
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
        this.append(body);
      }
      for (const file of data.files) {
        const open = make('a', file.image ? 'chat-image-link' : 'chat-file');
        open.href = file.href;
        open.target = '_blank';
        open.setAttribute('router-ignore', '');
        if (file.image) {
          const thumbnail = make('img', 'chat-image');
          thumbnail.src = file.preview;
          thumbnail.alt = file.name;
          open.append(thumbnail);
        } else {
          const icon = document.createElement('vaadin-icon');
          icon.setAttribute('icon', 'vaadin:file-o');
          open.append(icon, make('span', 'chat-file-name', file.name), make('span', 'chat-file-size', file.size));
        }
        this.append(open);
      }
      const foot = make('div', 'chat-foot');
      for (const reaction of data.reactions) {
        const chip = make('vaadin-button', 'chat-reaction', reaction.emoji + ' ' + reaction.ids.length);
        chip.setAttribute('theme', 'small tertiary');
        chip.classList.toggle('mine', reaction.ids.includes(viewer));
        chip.dataset.emoji = reaction.emoji;
        foot.append(chip);
      }
      if (data.edited) {
        foot.append(make('span', 'chat-edited', labels.edited));
      }
      if (data.authorId === viewer) {
        this.readBy = make('span', 'chat-read-by');
        foot.append(this.readBy);
        this.showReadBy();
      }
      const more = make('span', 'chat-more');
      more.setAttribute('role', 'button');
      more.setAttribute('tabindex', '0');
      more.setAttribute('aria-label', labels.actions || '');
      foot.append(more);
      this.append(foot);
    }

    showReadBy() {
      this.readBy.textContent = this.dataset.readBy || '';
      this.readBy.classList.toggle('all', this.dataset.readAll === 'true');
    }

    /** A new last message: one's own always scrolls into view, others' only if the reader is near the end. */
    arrived() {
      const list = this.parentElement;
      const scroller = document.querySelector('.chat-scroller');
      if (!scroller || list.lastElementChild !== this) {
        return;
      }
      if (this.classList.contains('own')) {
        scroller.scrollTop = scroller.scrollHeight;
      } else if (scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 200 + this.offsetHeight) {
        scroller.scrollTop = scroller.scrollHeight;
      }
    }
  }

  if (!window.customElements.get('parta-message')) {
    window.customElements.define('parta-message', PartaMessage);
  }
})();
