#include "models/notifications/ActionLink.h"

#include <QUrl>

namespace Chairside {

ActionLink ActionLink::parse(const QString &url)
{
    const QUrl parsed(url.trimmed());
    ActionLink link;
    if (parsed.scheme() != u"chairside")
        return link;
    QString host = parsed.host();
    if (host.endsWith(u's'))
        host.chop(1);
    if (host == u"appointment")
        link.target = Target::Appointment;
    else if (host == u"customer")
        link.target = Target::Customer;
    else if (host == u"handoff")
        link.target = Target::Handoff;
    link.id = parsed.path().section(u'/', 1, 1);
    if (link.id.isEmpty())
        link.target = Target::None;
    return link;
}

} // namespace Chairside
