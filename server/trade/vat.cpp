#include "vat.h"

namespace erp::trade {

erp::Decimal vatRate(const QString &rateName)
{
    if (rateName == QLatin1String("standard"))
        return *erp::Decimal::parse(u"0.21");
    if (rateName == QLatin1String("reduced"))
        return *erp::Decimal::parse(u"0.12");
    return erp::Decimal();
}

} // namespace erp::trade
