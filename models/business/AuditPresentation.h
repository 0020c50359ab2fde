#pragma once

#include "store/BusinessContext.h"
#include "store/repositories/AuditLogRepository.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Chairside {

// An audit line in words, for the owners' Audit log page and its CSV export.
struct AuditLine
{
    AuditEntry raw;
    QString when;   // in the business's zone
    QString who;    // the person, or "Automatic"
    QString what;   // "Changed the tier: threshold 600 points"
    QString record; // "Loyalty tier \u201cSilver\u201d"
};

AuditLine presentAudit(AuditEntry entry, const BusinessContext &context);

// The areas the page filters by ("kind"): a label and the audit tables it covers.
struct AuditArea
{
    QString label;
    QStringList tables;
};
QList<AuditArea> auditAreas();

} // namespace Chairside
