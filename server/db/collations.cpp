#include "collations.h"

#include "i18n/language.h"

namespace erp::db {

const QList<SortCollation> &sortCollations()
{
    static const QList<SortCollation> collations{
        {QStringLiteral("cs"), QStringLiteral("ERP_CS_CZ"), QStringLiteral("cs_CZ")},
    };
    return collations;
}

QString sortedText(const QString &column)
{
    const QString language = erp::i18n::currentLanguage();
    for (const SortCollation &c : sortCollations())
        if (c.language == language)
            return column + QStringLiteral(" COLLATE ") + c.name;
    return column;
}

} // namespace erp::db
