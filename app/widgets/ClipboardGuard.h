// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QClipboard;

namespace registrar::widgets {

/*!
 * Puts text on the clipboard. A secret is marked for clipboard managers
 * (x-kde-passwordManagerHint = secret) and cleared after a delay, and when this object goes
 * away, but only if the clipboard still holds what was put there: something copied meanwhile is
 * left alone. Only a digest of the secret is kept for that comparison.
 */
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultClearDelayMs = 30000;

    explicit ClipboardGuard(QClipboard *clipboard, QObject *parent = nullptr);
    ~ClipboardGuard() override;

    void setClearDelayMs(int ms) { m_clearDelayMs = ms; }

    int clearDelayMs() const { return m_clearDelayMs; }

    void copy(const QString &text, bool secret);
    //! Clears the clipboard if it still holds the secret put there last.
    void clearIfStillOurs();

    bool isCountingDown() const { return m_clearTimer.isActive(); }

signals:
    //! Seconds until the secret is cleared; 0 when it was cleared or the countdown stopped.
    void countdownChanged(int secondsLeft);
    //! The secret was removed from the clipboard.
    void cleared();

private:
    void tick();
    bool clipboardHoldsOurSecret() const;

    QClipboard *m_clipboard;
    int m_clearDelayMs = kDefaultClearDelayMs;
    QTimer m_clearTimer;
    QTimer m_tickTimer;
    int m_secondsLeft = 0;
    QByteArray m_secretDigest;
};

} // namespace registrar::widgets
