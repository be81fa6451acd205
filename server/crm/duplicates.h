#pragma once

#include <QCborMap>
#include <QString>
#include <QStringList>

namespace erp::rpc {
struct CallContext;
}

namespace erp::crm {

// crm.duplicates: the objects of a kind that look like the one being entered: the same IČO,
// DIČ or e-mail, the same phone number however written, or a very similar name.
QCborMap findDuplicates(erp::rpc::CallContext &ctx, const QCborMap &params);

// A name as the duplicate check compares it: lower case, no accents, punctuation as spaces,
// the legal form at its end left out ("Novák Stavby, s.r.o." -> "novak stavby").
QString comparableName(const QString &name);
// How alike two comparable names are, 0 to 1: the Jaccard index of the character trigrams of
// their words in alphabetical order (so "Stavby Novák" is "Novák Stavby").
double nameSimilarity(const QString &a, const QString &b);

} // namespace erp::crm
