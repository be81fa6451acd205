#pragma once

#include "core/kindinfo.h"

#include <QCborMap>
#include <QCborValue>
#include <QLocale>
#include <QString>

namespace erp::app {

// A decimal (canonical text, an integer, or a JSON number as metadata defaults arrive) as
// canonical text with at least `scale` decimals; more only when they are not zeros. Empty
// when the value is not a decimal.
QString canonicalDecimal(const QCborValue &value, int scale);

// How many decimals to show: the field's scale, except that money shows 2 unless the
// 3rd and 4th are not zero.
int displayScale(const FieldInfo &field, const QString &canonical);

// The locale's short date format with a four-digit year ("dd.MM.yyyy" in Czech); in English,
// whose countries order day and month differently, "d MMM yyyy" ("1 Dec 2026").
QString dateFormat(const QLocale &locale);
// dateFormat() and the locale's short time format, for local times.
QString dateTimeFormat(const QLocale &locale);

// A canonical value as lists and grids show it. Enum values and references come out as
// their name and id: titles and display names are the caller's business.
QString valueText(const FieldInfo &field, const QCborValue &value, const QLocale &locale = QLocale());

class ClientSession;

// A value as a person reads it: valueText() plus enum titles and, for references, the display
// name the server sent along (empty when unknown).
QString displayValue(const FieldInfo &field, const QCborValue &value, const QString &display, ClientSession *session,
                     const QLocale &locale = QLocale());

// How a person names an object: a catalog object's name, a document's number and date
// ("SH-2026-000001 of 27.11.2026"; just the number while the date is unknown).
QString presentation(const KindInfo &kind, const QCborMap &object, const QLocale &locale = QLocale());
// A document's date (a canonical datetime) as a local date, "27.11.2026".
QString documentDate(const QCborValue &date, const QLocale &locale = QLocale());

// The field's metadata default in canonical form (null when it has none).
QCborValue defaultValue(const FieldInfo &field);

} // namespace erp::app
