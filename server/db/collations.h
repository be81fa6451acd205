#pragma once

#include <QList>
#include <QString>

namespace erp::db {

// Text columns compare and search in UNICODE_CI_AI (case and accents ignored: "kriz" finds
// "Kříž"), but a list sorts in the order of its reader's language: in Czech "Ch" follows "H"
// and "Š" follows "S". Each such order is a collation created FROM UNICODE with the ICU locale
// (the schema creates the missing ones); a sort, and the keyset cursor's comparisons with it,
// take it with COLLATE.
struct SortCollation
{
    QString language; // "cs"
    QString name;     // ERP_CS_CZ
    QString locale;   // cs_CZ
};

const QList<SortCollation> &sortCollations();

// The column as a list of the calling thread's language sorts it ("t.\"NAME\" COLLATE
// ERP_CS_CZ"), or the column itself when the language has no order of its own.
QString sortedText(const QString &column);

} // namespace erp::db
