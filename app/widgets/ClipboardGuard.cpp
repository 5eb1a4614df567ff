// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClipboardGuard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QMimeData>

namespace registrar::widgets {

namespace {

QByteArray digest(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

ClipboardGuard::ClipboardGuard(QClipboard *clipboard, QObject *parent)
    : QObject(parent)
    , m_clipboard(clipboard)
{
    m_clearTimer.setSingleShot(true);
    connect(&m_clearTimer, &QTimer::timeout, this, &ClipboardGuard::clearIfStillOurs);
    m_tickTimer.setInterval(1000);
    connect(&m_tickTimer, &QTimer::timeout, this, &ClipboardGuard::tick);
}

ClipboardGuard::~ClipboardGuard()
{
    clearIfStillOurs();
}

void ClipboardGuard::copy(const QString &text, bool secret)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    if (secret) {
        mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    }
    m_clipboard->setMimeData(mime);
    m_clearTimer.stop();
    m_tickTimer.stop();
    m_secretDigest.clear();
    if (!secret) {
        emit countdownChanged(0);
        return;
    }
    m_secretDigest = digest(text);
    m_secondsLeft = (m_clearDelayMs + 999) / 1000;
    m_clearTimer.start(m_clearDelayMs);
    m_tickTimer.start();
    emit countdownChanged(m_secondsLeft);
}

void ClipboardGuard::tick()
{
    if (!clipboardHoldsOurSecret()) {
        // Something else was copied: nothing of ours is left to clear.
        m_clearTimer.stop();
        m_tickTimer.stop();
        m_secretDigest.clear();
        emit countdownChanged(0);
        return;
    }
    m_secondsLeft = qMax(0, m_secondsLeft - 1);
    emit countdownChanged(m_secondsLeft);
}

bool ClipboardGuard::clipboardHoldsOurSecret() const
{
    return !m_secretDigest.isEmpty() && digest(m_clipboard->text()) == m_secretDigest;
}

void ClipboardGuard::clearIfStillOurs()
{
    const bool wasCounting = m_clearTimer.isActive() || m_tickTimer.isActive();
    m_clearTimer.stop();
    m_tickTimer.stop();
    const bool ours = clipboardHoldsOurSecret();
    if (ours) {
        m_clipboard->clear();
    }
    m_secretDigest.clear();
    if (wasCounting || m_secondsLeft != 0) {
        m_secondsLeft = 0;
        emit countdownChanged(0);
    }
    if (ours) {
        emit cleared();
    }
}

} // namespace registrar::widgets
