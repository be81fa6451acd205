#pragma once

#include <QString>

class QSqlDatabase;

namespace erp::meta {
class Model;
}

namespace erp::demo {

struct DemoSummary
{
    qint64 partners = 0;
    qint64 counterparties = 0;
    qint64 contacts = 0;
    qint64 products = 0;
};

// Fills an empty database with a realistic company: currencies, units, users, organizations,
// warehouses, product groups and products, partner groups, partners with their legal entities
// and contact persons. scale 1 gives 5,000 partners and 3,000 products; scale 200 a million
// partners. Deterministic: the same scale gives the same data.
bool fillDemoData(QSqlDatabase &db, const erp::meta::Model &model, int scale, DemoSummary *summary, QString *error);

} // namespace erp::demo
