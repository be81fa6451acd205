#pragma once

#include <QStringList>

namespace erp::demo {

// Word lists for realistic Czech and English demo data (with diacritics on purpose).
struct Names
{
    static const QStringList &maleFirst();
    static const QStringList &femaleFirst();
    static const QStringList &maleLast();
    static const QStringList &femaleLast();
    static const QStringList &companyWords();
    static const QStringList &companySuffixes();
    static const QStringList &cities();
    static const QStringList &streets();
    static const QStringList &productNouns();
    static const QStringList &productAdjectives();
    static const QStringList &manufacturers();
    static const QStringList &jobTitles();
};

} // namespace erp::demo
