#pragma once

#include <QCborMap>
#include <QString>

#include <vector>

class QSqlDatabase;

namespace erp::meta {
class Model;
struct ObjectKind;
} // namespace erp::meta

namespace erp::core {

struct UserInfo;
class AreaRegistry;

// A committed change, pushed to every connected client after the transaction commits.
struct ChangeEvent
{
    QString kind;
    qint64 id = 0;
    int version = 0;
    QString action; // created, updated, deleted, restored
};

// Generic operations on every catalog. Runs inside the caller's transaction; every failure
// throws RpcError naming the field at fault and leaves the rollback to the caller.
class CatalogStore
{
public:
    // The most rows a list page or a search answers.
    static constexpr int MaxPageSize = 1000;
    // The longest text catalog.search looks for (longer than any searchable column).
    static constexpr int MaxSearchLength = 1000;

    // documents: serve document kinds (read and list) instead of catalogs.
    CatalogStore(QSqlDatabase &db, const erp::meta::Model &model, const UserInfo &user,
                 std::vector<ChangeEvent> *events, bool documents = false);

    QCborMap create(const QCborMap &params);
    QCborMap read(const QCborMap &params);
    QCborMap update(const QCborMap &params);
    QCborMap setDeleted(const QCborMap &params);
    QCborMap list(const QCborMap &params);
    QCborMap search(const QCborMap &params);

    // Reads one object in full (header, sections, display names of references).
    QCborMap readObject(const erp::meta::ObjectKind &kind, qint64 id);
    // NotFound unless an object of this kind with this id exists and the user may see it.
    void requireVisible(const erp::meta::ObjectKind &kind, qint64 id);
    // Create and update then run the recalculation an area registered for the catalog (a
    // marketing event's actual cost from its costs), writing back what it changed.
    void setAreas(const AreaRegistry *areas) { m_areas = areas; }

public:
    const erp::meta::ObjectKind &kindFor(const QCborMap &params, bool write) const;

    QSqlDatabase &m_db;
    const erp::meta::Model &m_model;
    const UserInfo &m_user;
    std::vector<ChangeEvent> *m_events;
    bool m_documents;
    const AreaRegistry *m_areas = nullptr;

private:
    void recalculate(const erp::meta::ObjectKind &kind, qint64 id);
};

} // namespace erp::core
