#pragma once

#include <QCborMap>
#include <QObject>

#include <functional>

class QTimer;

namespace erp::app {

class ClientSession;

// Totals and proposed values as the clerk types, computed by the server (document.recalculate,
// the same recalculation that runs on saving; the client computes no amount). schedule() after
// every edit restarts a short timer; when it fires the document as it stands is sent. Typing is
// never blocked, and an answer to a request older than the last edit is dropped.
class LiveRecalculation : public QObject
{
    Q_OBJECT

public:
    static constexpr int DelayMs = 150;

    // request: {values, sections} of the document now; apply: the server's {values, sections}.
    LiveRecalculation(ClientSession *session, const QString &kind, std::function<QCborMap()> request,
                      std::function<void(const QCborMap &)> apply, QObject *parent);

    void schedule();
    // True while an edit waits for its answer (the timer runs or a request is out).
    bool isPending() const;

Q_SIGNALS:
    void applied();

private:
    void send();

    ClientSession *m_session;
    QString m_kind;
    std::function<QCborMap()> m_request;
    std::function<void(const QCborMap &)> m_apply;
    QTimer *m_timer;
    quint64 m_generation = 0; // bumped by every edit
    quint64 m_answered = 0;   // the generation of the last answer applied or dropped
};

} // namespace erp::app
