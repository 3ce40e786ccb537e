/* global window, document, sessionStorage, fetch, navigator, setInterval, clearInterval */
// The page's glue for the official Web Chat: get (or resume) a Direct Line conversation, render the
// widget, send the join event so the welcome arrives on open, and switch English/Español.
(function () {
  'use strict';

  var STORE_KEY = 'imr-guide-chat';
  // A token is refreshed well before Direct Line's 30 minutes run out.
  var REFRESH_EVERY_MS = 10 * 60 * 1000;
  var REFRESH_WHEN_LEFT_MS = 5 * 60 * 1000;

  var TEXT = {
    'en-US': {
      connecting: 'Connecting to the chat…',
      failed: 'The chat could not connect. Please reload the page, or call the DMHC Help Center at 1-888-466-2219.',
      region: 'Chat with the IMR guide',
      title: 'California IMR guide',
      intro: 'Your health plan said no? Find out if you can get an Independent Medical Review, who to ask, and by what date. Free, and no account needed.',
      privacy: 'This guide gives general information, not legal or medical advice. In an emergency, call 911.',
    },
    'es-US': {
      connecting: 'Conectando con el chat…',
      failed: 'No se pudo conectar el chat. Vuelva a cargar la página o llame al Centro de Ayuda del DMHC al 1-888-466-2219.',
      region: 'Chat con la guía de IMR',
      title: 'Guía de IMR de California',
      intro: '¿Su plan de salud le dijo que no? Averigüe si puede pedir una Revisión Médica Independiente, a quién pedírsela y hasta qué fecha. Es gratis y no necesita una cuenta.',
      privacy: 'Esta guía da información general, no consejo legal ni médico. En una emergencia, llame al 911.',
    },
  };

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  var configured = meta('imr-direct-line');
  var builtin = configured === 'builtin';
  var domain = builtin ? window.location.origin + '/v3/directline' : configured;
  var nonce = meta('csp-nonce') || undefined;
  var status = document.getElementById('status');
  var region = document.getElementById('webchat');

  // sessionStorage, not localStorage: a reload resumes the chat, but closing the tab forgets it
  // (people ask about their health on shared and library computers).
  function load() {
    try {
      var saved = JSON.parse(sessionStorage.getItem(STORE_KEY) || 'null');
      return saved && saved.domain === domain ? saved : null;
    } catch {
      return null;
    }
  }

  function save(session) {
    try {
      sessionStorage.setItem(STORE_KEY, JSON.stringify(session));
    } catch {
      // Private browsing may refuse storage: the chat still works, only a reload starts over.
    }
  }

  function postJson(url, token) {
    var headers = { accept: 'application/json' };
    if (token) headers.authorization = 'Bearer ' + token;
    return fetch(url, { method: 'POST', headers: headers }).then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    });
  }

  function withExpiry(session, body) {
    session.token = body.token;
    session.expiresAt = Date.now() + (body.expires_in || 1800) * 1000;
    return session;
  }

  function newConversation(locale) {
    var request = builtin
      ? postJson(domain + '/tokens/generate')
      : fetch('/api/directline/token', { headers: { accept: 'application/json' } }).then(function (response) {
          if (!response.ok) throw new Error('HTTP ' + response.status);
          return response.json();
        });
    return request.then(function (body) {
      return withExpiry({ domain: domain, conversationId: body.conversationId, locale: locale, resumed: false }, body);
    });
  }

  function refresh(session) {
    return postJson(domain + '/tokens/refresh', session.token).then(function (body) {
      return withExpiry(session, body);
    });
  }

  function initialLocale() {
    return /^es\b/i.test(navigator.language || '') ? 'es-US' : 'en-US';
  }

  function getSession() {
    var saved = load();
    if (!saved || saved.expiresAt <= Date.now()) return newConversation(initialLocale());
    saved.resumed = true;
    if (saved.expiresAt - Date.now() > REFRESH_WHEN_LEFT_MS) return Promise.resolve(saved);
    return refresh(saved).catch(function () {
      return newConversation(saved.locale || initialLocale());
    });
  }

  var session;
  var directLine;
  var store;
  var styleOptions = {
    // Contrast: every pair below is at least 4.5:1 (WCAG 2.2 AA); Web Chat's default grey is borderline.
    accent: '#0B5394',
    subtle: '#595959',
    backgroundColor: '#FFFFFF',
    bubbleBackground: '#F2F2F2',
    bubbleTextColor: '#1A1A1A',
    bubbleBorderColor: '#767676',
    bubbleBorderWidth: 1,
    bubbleFromUserBackground: '#0B5394',
    bubbleFromUserTextColor: '#FFFFFF',
    bubbleFromUserBorderColor: '#0B5394',
    suggestedActionBackgroundColor: '#FFFFFF',
    suggestedActionTextColor: '#0B5394',
    suggestedActionBorderColor: '#0B5394',
    suggestedActionBorderWidth: 2,
    suggestedActionLayout: 'flow',
    // On a phone eight choices filled the screen and hid the question: past 40% of the height they scroll.
    suggestedActionsFlowMaxHeight: '40vh',
    // WCAG 2.4.7: Web Chat's default keyboard focus mark is a 1px grey dashed line, hard to see.
    suggestedActionKeyboardFocusIndicatorBorderColor: '#1A1A1A',
    suggestedActionKeyboardFocusIndicatorBorderStyle: 'solid',
    suggestedActionKeyboardFocusIndicatorBorderWidth: 2,
    suggestedActionKeyboardFocusIndicatorInset: 3,
    sendBoxButtonColor: '#0B5394',
    sendBoxButtonKeyboardFocusIndicatorBorderColor: '#1A1A1A',
    sendBoxButtonKeyboardFocusIndicatorBorderWidth: 2,
    sendBoxTextColor: '#1A1A1A',
    hideUploadButton: true,
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    // The outcome card holds a table of facts: 480px (the default) left it narrow beside empty space.
    bubbleMaxWidth: 600,
    rootHeight: '100%',
    rootWidth: '100%',
  };

  // The bot links to pages of its own server by path (/plan/…): this page is always on that server,
  // even inside another site's iframe. Web Chat 4.18 renders a link without a scheme as a citation
  // button that opens nothing, so paths become absolute here.
  function absoluteLinks(activity) {
    if (typeof activity.text !== 'string' || !/\]\(\//.test(activity.text)) return activity;
    var text = activity.text.replace(/\]\((\/(?!\/)[^)\s]*)\)/g, function (_match, path) {
      return '](' + window.location.origin + path + ')';
    });
    return Object.assign({}, activity, { text: text });
  }

  function setStatus(text) {
    status.textContent = text;
  }

  function render() {
    window.WebChat.renderWebChat(
      { directLine: directLine, store: store, locale: session.locale, styleOptions: styleOptions, nonce: nonce },
      region
    );
    var text = TEXT[session.locale];
    document.documentElement.lang = session.locale.slice(0, 2);
    region.setAttribute('aria-label', text.region);
    ['title', 'intro', 'privacy'].forEach(function (id) {
      document.getElementById(id).textContent = text[id];
    });
    ['lang-en', 'lang-es'].forEach(function (id) {
      var button = document.getElementById(id);
      button.setAttribute('aria-pressed', String(button.getAttribute('data-locale') === session.locale));
    });
  }

  function switchLocale(locale) {
    if (!session || session.locale === locale) return;
    session.locale = locale;
    save(session);
    render();
    // A hidden postBack: the bot switches language (dialogs/contract.ts choice { locale }) without a visible bubble.
    store.dispatch({ type: 'WEB_CHAT/SEND_POST_BACK', payload: { value: { locale: locale.slice(0, 2) } } });
  }

  function start() {
    if (!window.WebChat) {
      setStatus(TEXT['en-US'].failed);
      return;
    }
    setStatus(TEXT[initialLocale()].connecting);
    getSession()
      .then(function (got) {
        session = got;
        save(session);
        var options = { domain: domain, token: session.token, webSocket: false };
        if (session.resumed) options.conversationId = session.conversationId;
        directLine = window.WebChat.createDirectLine(options);
        store = window.WebChat.createStore({}, function (api) {
          return function (next) {
            return function (action) {
              if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
                setStatus('');
                // Direct Line tells the bot about the person only with their first activity: this
                // event makes the welcome arrive on open. A resumed chat already has its welcome.
                if (!session.resumed) {
                  api.dispatch({
                    type: 'DIRECT_LINE/POST_ACTIVITY',
                    meta: { method: 'keyboard' },
                    payload: { activity: { type: 'event', name: 'webchat/join', value: { locale: session.locale } } },
                  });
                  session.resumed = true;
                  save(session);
                }
              } else if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload && action.payload.activity) {
                action = Object.assign({}, action, {
                  payload: Object.assign({}, action.payload, { activity: absoluteLinks(action.payload.activity) }),
                });
              } else if (action.type === 'DIRECT_LINE/CONNECT_REJECTED') {
                sessionStorage.removeItem(STORE_KEY);
                setStatus(TEXT[session.locale].failed);
              }
              return next(action);
            };
          };
        });
        render();
        var timer = setInterval(function () {
          refresh(session).then(save, function () {
            clearInterval(timer);
          });
        }, REFRESH_EVERY_MS);
      })
      .catch(function () {
        setStatus(TEXT[initialLocale()].failed);
      });
  }

  document.getElementById('lang-en').addEventListener('click', function () {
    switchLocale('en-US');
  });
  document.getElementById('lang-es').addEventListener('click', function () {
    switchLocale('es-US');
  });

  start();
})();
