#include "sessionhub.h"

#include "session.h"

#include "protocol/message.h"

namespace erp::net {

void SessionHub::add(const std::shared_ptr<Session> &session)
{
    std::lock_guard lock(m_mutex);
    m_sessions[session.get()] = session;
}

void SessionHub::remove(const Session *session)
{
    std::lock_guard lock(m_mutex);
    m_sessions.erase(session);
}

std::vector<std::shared_ptr<Session>> SessionHub::snapshot()
{
    std::vector<std::shared_ptr<Session>> live;
    std::lock_guard lock(m_mutex);
    live.reserve(m_sessions.size());
    for (const auto &entry : m_sessions)
        if (auto s = entry.second.lock())
            live.push_back(std::move(s));
    return live;
}

void SessionHub::broadcast(const QCborMap &event)
{
    for (const auto &s : snapshot())
        s->postEvent(event);
}

void SessionHub::broadcastChanges(const std::vector<erp::core::ChangeEvent> &changes)
{
    for (const erp::core::ChangeEvent &e : changes) {
        QCborMap data;
        data.insert(QStringLiteral("kind"), e.kind);
        data.insert(QStringLiteral("id"), e.id);
        data.insert(QStringLiteral("version"), e.version);
        data.insert(QStringLiteral("action"), e.action);
        broadcast(erp::protocol::makeEvent(QStringLiteral("changed"), data));
    }
}

void SessionHub::pushTo(const QSet<qint64> &users, const QString &event, const QCborMap &data)
{
    if (users.isEmpty())
        return;
    const QCborMap message = erp::protocol::makeEvent(event, data);
    for (const auto &s : snapshot())
        s->postEventFor(users, message);
}

void SessionHub::closeAll()
{
    for (const auto &s : snapshot())
        s->postClose();
}

std::size_t SessionHub::count()
{
    std::lock_guard lock(m_mutex);
    return m_sessions.size();
}

} // namespace erp::net
