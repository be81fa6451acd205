#pragma once

#include "catalogstore.h"

#include <QCborMap>

class QSqlDatabase;

namespace erp::core {

// Documents: numbered per organization and year, dated, with one state machine:
// draft --post--> posted --unpost--> draft; marking for deletion unposts first. Posting writes
// the register movements in the same transaction as the status: all or nothing.
class DocumentStore
{
public:
    DocumentStore(QSqlDatabase &db, const erp::meta::Model &model, const UserInfo &user, std::vector<ChangeEvent> *events);

    QCborMap create(const QCborMap &params);
    QCborMap update(const QCborMap &params);
    QCborMap post(const QCborMap &params);
    QCborMap unpost(const QCborMap &params);
    QCborMap setDeleted(const QCborMap &params);
    QCborMap read(const QCborMap &params) { return m_reader.read(params); }
    QCborMap list(const QCborMap &params) { return m_reader.list(params); }
    QCborMap movements(const QCborMap &params);

private:
    struct Current
    {
        int version = 0;
        QString status;
        bool deleted = false;
    };
    Current lock(const erp::meta::ObjectKind &kind, qint64 id, int expectedVersion);
    void recalculate(const erp::meta::ObjectKind &kind, qint64 id);
    bool perDocumentVat(const erp::meta::ObjectKind &kind, qint64 id);
    void writePosting(const erp::meta::ObjectKind &kind, qint64 id);
    void removePosting(const erp::meta::ObjectKind &kind, qint64 id);
    void setStatus(const erp::meta::ObjectKind &kind, qint64 id, const QString &status, bool deleted);
    QString nextNumber(const erp::meta::ObjectKind &kind, qint64 organization, int year);

    QSqlDatabase &m_db;
    const erp::meta::Model &m_model;
    const UserInfo &m_user;
    std::vector<ChangeEvent> *m_events;
    CatalogStore m_reader;
};

} // namespace erp::core
