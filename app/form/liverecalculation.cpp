#include "liverecalculation.h"

#include "connection.h"
#include "core/clientsession.h"

#include <QTimer>

namespace erp::app {

using erp::client::Reply;

LiveRecalculation::LiveRecalculation(ClientSession *session, const QString &kind, std::function<QCborMap()> request,
                                     std::function<void(const QCborMap &)> apply, QObject *parent)
    : QObject(parent), m_session(session), m_kind(kind), m_request(std::move(request)), m_apply(std::move(apply)),
      m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(DelayMs);
    connect(m_timer, &QTimer::timeout, this, &LiveRecalculation::send);
}

void LiveRecalculation::schedule()
{
    ++m_generation;
    m_timer->start();
}

bool LiveRecalculation::isPending() const
{
    return m_timer->isActive() || m_answered != m_generation;
}

void LiveRecalculation::send()
{
    QCborMap params = m_request();
    params.insert(QStringLiteral("kind"), m_kind);
    const quint64 generation = m_generation;
    m_session->call(QStringLiteral("document.recalculate"), params, this, [this, generation](const Reply &r) {
        if (generation != m_generation)
            return; // the clerk typed on: a newer request follows
        m_answered = generation;
        // Input the server refuses (a half-typed line) is reported on saving, not while typing.
        if (r.ok)
            m_apply(r.result.toMap());
        Q_EMIT applied();
    });
}

} // namespace erp::app
