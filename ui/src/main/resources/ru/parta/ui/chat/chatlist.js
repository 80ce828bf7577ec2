// A chat list kept current in the browser: it follows every listed chat's live topic (not as a
// reader) and the person's unread counts (unread:<id>). A message moves its chat up, shows as the
// latest line and counts as unread if it is someone else's; reading a chat elsewhere clears its count. Rows are
// ordered with CSS (unread first, then latest), so the page's own elements are never moved.
(function () {
  if (window.partaChatList) {
    return;
  }

  function text(data, labels) {
    if (data.deleted) {
      return labels.deleted;
    }
    const words = (data.body || []).map((piece) => piece[1]).join('').replace(/\n/g, ' ');
    return words !== '' ? words : labels.files.replace('{0}', (data.files || []).length);
  }

  function sort(list) {
    const rows = Array.from(list.querySelectorAll('.chat-row'));
    rows.sort((a, b) => (b.unread > 0) - (a.unread > 0) || b.at - a.at);
    const limit = Number(list.dataset.limit);
    rows.forEach((row, rank) => {
      row.style.order = rank;
      row.classList.toggle('beyond-limit', rank >= limit);
    });
  }

  function showCount(row, labels) {
    const bottom = row.querySelector('.chat-row-bottom');
    let count = row.querySelector('.chat-row-unread');
    if (row.unread > 0 && !count) {
      count = document.createElement('span');
      count.className = 'chat-row-unread';
      bottom.append(count);
    }
    if (count) {
      if (row.unread > 0) {
        count.textContent = row.unread >= 100 ? labels.many : String(row.unread);
      } else {
        count.remove();
      }
    }
    let at = row.querySelector('.chat-row-mention');
    if (row.mentioned && !at) {
      at = document.createElement('span');
      at.className = 'chat-row-mention';
      at.textContent = '@';
      bottom.insertBefore(at, bottom.querySelector('.chat-row-unread'));
    } else if (!row.mentioned && at) {
      at.remove();
    }
    row.classList.toggle('unread', row.unread > 0);
  }

  window.partaChatList = {
    start(list, json) {
      const boot = JSON.parse(json);
      const labels = boot.labels;
      const viewer = boot.viewer;
      const day = new Intl.DateTimeFormat('en-CA', { timeZone: boot.zone, year: 'numeric', month: '2-digit', day: '2-digit' });
      const clock = new Intl.DateTimeFormat(boot.lang, { timeZone: boot.zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
      const date = new Intl.DateTimeFormat(boot.lang, { timeZone: boot.zone, day: 'numeric', month: 'short' });
      const rows = new Map();
      list.querySelectorAll('.chat-row').forEach((row) => {
        row.unread = Number(row.dataset.unread);
        row.mentioned = row.dataset.mentions !== '0';
        row.last = Number(row.dataset.last);
        row.seenLast = row.last;
        row.fresh = [];
        row.at = Number(row.dataset.at);
        rows.set(row.dataset.topic, row);
      });
      const generation = (list.partaGeneration || 0) + 1;
      list.partaGeneration = generation;
      const alive = () => list.isConnected && list.partaGeneration === generation;
      // The list drawn again: what the old one followed is left (the open chat may follow it too).
      (list.partaFollows || []).forEach(([topic, options]) => window.partaLive.leave(topic, options));
      list.partaFollows = [];
      const follow = (topic, epoch, seq, options) => {
        list.partaFollows.push([topic, options]);
        window.partaLive.follow(topic, epoch, seq, options);
      };
      window.partaLive.use(boot.ticket);
      for (const chat of boot.chats) {
        const row = rows.get(chat.topic);
        if (!row) {
          continue;  // joined after the positions were taken: the list is drawn again for it (ChatsChanged)
        }
        follow(chat.topic, chat.epoch, chat.seq, {
          cursor: () => row.seenLast,
          alive: alive,
          onFrame: (frame) => {
            if (frame.k !== 'posted' || frame.d.id <= row.seenLast) {
              return;
            }
            const data = frame.d;
            row.seenLast = data.id;
            row.at = data.at;
            row.querySelector('.chat-row-last').textContent = data.author + ': ' + text(data, labels);
            const when = new Date(data.at);
            row.querySelector('.chat-row-time').textContent =
              day.format(when) === day.format(new Date()) ? clock.format(when) : date.format(when);
            if (data.authorId !== viewer) {
              row.fresh.push(data.id);
              row.unread += 1;
              row.mentioned = row.mentioned || (data.mentions || []).includes(viewer);
            }
            showCount(row, labels);
            sort(list);
          }
        });
      }
      follow(boot.unread.topic, boot.unread.epoch, boot.unread.seq, {
        alive: alive,
        onFrame: (frame) => {
          const row = frame.k === 'read' && rows.get('conversation:' + frame.d.chat);
          if (!row) {
            return;
          }
          // Read elsewhere up to upTo: what the list had when it opened is read if upTo reached it.
          const base = frame.d.upTo >= row.last ? 0 : row.unread - row.fresh.length;
          row.fresh = row.fresh.filter((id) => id > frame.d.upTo);
          row.unread = base + row.fresh.length;
          row.mentioned = row.mentioned && row.unread > 0;
          showCount(row, labels);
          sort(list);
        }
      });
    }
  };
})();
