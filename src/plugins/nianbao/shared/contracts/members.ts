/** 机关与人员: an administrator's agencies, as GET/PUT /nianbao/users/:id/agencies answer and take them. */
export interface MemberAgency {
  documentId: string;
  name: string;
}

export interface MemberAgenciesResponse {
  data: { agencies: MemberAgency[] };
}

export interface MemberAgenciesRequest {
  agencies: string[];
}
