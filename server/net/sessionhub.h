#pragma once

#include "core/catalogstore.h"

#include <QCborMap>
#include <QSet>

#include <vector>

#include <memory>
#include <mutex>
#include <unordered_map>

namespace erp::net {

class Session;

// Knows every live session, to push events to all of them and to close them on shutdown.
class SessionHub
{
public:
    void add(const std::shared_ptr<Session> &session);
    void remove(const Session *session);
    void broadcast(const QCborMap &event);
    // `changed` events of committed changes, to every logged-in session.
    void broadcastChanges(const std::vector<erp::core::ChangeEvent> &changes);
    // {event, data} to every logged-in session of these users only (a reminder).
    void pushTo(const QSet<qint64> &users, const QString &event, const QCborMap &data);
    void closeAll();
    std::size_t count();

private:
    std::mutex m_mutex;
    std::unordered_map<const Session *, std::weak_ptr<Session>> m_sessions;
    std::vector<std::shared_ptr<Session>> snapshot();
};

} // namespace erp::net
