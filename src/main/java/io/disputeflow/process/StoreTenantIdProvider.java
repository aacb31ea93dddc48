package io.disputeflow.process;

import io.disputeflow.process.ProcessModel.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Every dispute's process instances belong to the store's tenant, while the process definitions are shared:
 * a new DisputeResolution takes its {@code storeId} variable, called processes (arbitration, return) and
 * decisions take their caller's tenant. Camunda's tenant check then shows each company only its stores.
 */
public class StoreTenantIdProvider implements TenantIdProvider {

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
        DelegateExecution caller = context.getSuperExecution();
        if (caller != null) {
            return caller.getTenantId();
        }
        Object storeId = context.getVariables() == null ? null : context.getVariables().get(Variables.STORE_ID);
        return storeId == null ? null : storeId.toString();
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
        return context.getExecution() == null ? null : context.getExecution().getTenantId();
    }
}
