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
  const draftKey = (chat) => 'parta.draft.' + chat;
  const outboxKey = (chat) => 'parta.outbox.' + chat;

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
    init(host, chat) {
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
})();
