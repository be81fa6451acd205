#include "language.h"

#include "i18n/language.h"

#include <QLocale>
#include <QSettings>

namespace erp::app {

QString preferredLanguage()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void setPreferredLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
}

QString currentLanguage()
{
    const QString preferred = preferredLanguage();
    return erp::i18n::languageFor(preferred.isEmpty() ? QLocale::system().name() : preferred);
}

void applyLanguage()
{
    const QString language = currentLanguage();
    erp::i18n::installLanguageSwitch(language);
    if (language == QLatin1String("cs"))
        QLocale::setDefault(QLocale(QLocale::Czech, QLocale::Czechia));
    else if (!QLocale::system().name().startsWith(QLatin1String("en")))
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    else
        QLocale::setDefault(QLocale::system());
}

} // namespace erp::app
