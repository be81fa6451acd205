#include "dbpool.h"

#include "firebird.h"
#include "query.h"

#include <QSqlDatabase>

#include <future>

namespace erp::db {

DbPool::DbPool(const DbConfig &config, int workers) : m_config(config), m_workerCount(workers) {}

DbPool::~DbPool()
{
    stop();
}

bool DbPool::start(QString *error)
{
    std::vector<std::promise<QString>> opened(m_workerCount);
    for (int i = 0; i < m_workerCount; ++i)
        m_threads.emplace_back([this, i, p = &opened[i]] { workerLoop(i, p); });
    for (auto &p : opened) {
        const QString message = p.get_future().get();
        if (!message.isEmpty()) {
            *error = message;
            stop();
            return false;
        }
    }
    return true;
}

void DbPool::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &t : m_threads)
        if (t.joinable())
            t.join();
    m_threads.clear();
}

void DbPool::submit(std::function<void(QSqlDatabase &)> job)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

QCborMap DbPool::runSync(const Work &work)
{
    std::promise<QCborMap> done;
    submit([&](QSqlDatabase &db) { done.set_value(work(db)); });
    return done.get_future().get();
}

void DbPool::workerLoop(int index, std::promise<QString> *opened)
{
    const QString name = QStringLiteral("erp-worker-%1").arg(index);
    {
        QSqlDatabase db;
        QString error;
        const bool ok = openConnection(m_config, name, &db, &error);
        opened->set_value(ok ? QString() : error);
        if (!ok) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return;
        }
        for (;;) {
            std::function<void(QSqlDatabase &)> job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
                if (m_jobs.empty())
                    break;
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
            }
            job(db);
        }
        releaseConnection(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace erp::db
